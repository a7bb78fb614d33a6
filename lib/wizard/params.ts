import { allPaths, getArticle, getTree, allTrees, step } from "../content";
import { safeDecode } from "../safe-decode";

/** `generateStaticParams` for wizard states: every tree and every current path through it. */
export function wizardStateParams(): { tree: string; answers: string[] }[] {
  return allTrees().flatMap((tree) => allPaths(tree).map((answers) => ({ tree: tree.id, answers })));
}

/** The tree, its guide and the state for a URL, or undefined for a tree or path that does not exist. */
export function loadWizardState(treeId: string, answers: string[] = []) {
  const tree = getTree(treeId);
  if (!tree) return undefined;
  const guide = getArticle(tree.guide);
  const decoded = answers.map(safeDecode);
  if (decoded.some((a) => a === undefined)) return undefined;
  const state = step(
    tree,
    decoded.filter((a): a is string => a !== undefined),
  );
  if (!guide || !state.ok) return undefined;
  return { tree, guide, state };
}

export type LoadedState = NonNullable<ReturnType<typeof loadWizardState>>;
