import { allTrees, getArticle, getTree } from "../content";
import { safeDecode } from "../safe-decode";
import { allPaths, step } from "./step";

/**
 * `generateStaticParams` for wizard states: every tree, every path through it, and the old paths of
 * renamed answers (those pages redirect to the current path).
 */
export async function wizardStateParams(): Promise<{ tree: string; answers: string[] }[]> {
  return (await allTrees()).flatMap((tree) => allPaths(tree.data, { former: true }).map((answers) => ({ tree: tree.id, answers })));
}

/** The tree, its guide and the state for a URL, or undefined for a tree or path that does not exist. */
export async function loadWizardState(treeId: string, answers: string[] = []) {
  const tree = await getTree(treeId);
  if (!tree) return undefined;
  const guide = await getArticle(tree.data.guide);
  const decoded = answers.map(safeDecode);
  if (decoded.some((a) => a === undefined)) return undefined;
  const state = step(tree.data, decoded.filter((a): a is string => a !== undefined));
  if (!guide || !state.ok) return undefined;
  return { tree, guide, state };
}

export type LoadedState = NonNullable<Awaited<ReturnType<typeof loadWizardState>>>;
