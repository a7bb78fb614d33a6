import { getArticle, guideLabel, type Tree } from "./content";
import { formatDate, providerLabel } from "./site";

/** What the in-article decision tree fetches when a reader first answers: the tree and its outcomes' ticket parts. */
export type TreeData = {
  tree: Tree;
  /** The guide the tree diagnoses (its page is where the tree sits). */
  guide: { url: string; label: string; error: string; lastReviewed: string };
  /** Every cause an outcome names: what its in-place outcome and ticket summary show. */
  causes: Record<
    string,
    {
      id: string;
      title: string;
      guideUrl: string;
      guideLabel: string;
      error: string;
      fixMarkdown: string;
      verifyCommand?: string;
      lastReviewed: string;
    }
  >;
  /** Titles of the trees handovers lead to, with their guides. */
  handovers: Record<string, { title: string; guideUrl?: string; guideLabel?: string }>;
};

const errorOf = (code: string | undefined, provider: string | undefined, title: string) =>
  code ? `${code} (${providerLabel(provider)})` : title;

/** Built once per tree at build time (app/tree-data/[id]). */
export function treeData(tree: Tree, handoverTree: (id: string) => Tree | undefined): TreeData | undefined {
  const guide = getArticle(tree.guide);
  if (!guide) return undefined;
  const causes: TreeData["causes"] = {};
  const handovers: TreeData["handovers"] = {};
  for (const node of Object.values(tree.nodes)) {
    if (node.kind === "outcome") {
      const owner = node.guide ? getArticle(node.guide) : guide;
      const cause = owner?.causes.find((c) => c.id === node.cause);
      if (owner && cause) {
        causes[`${owner.url}#${cause.id}`] = {
          id: cause.id,
          title: cause.title,
          guideUrl: owner.url,
          guideLabel: guideLabel(owner),
          error: errorOf(owner.meta.codes[0], owner.provider, owner.meta.title),
          fixMarkdown: cause.fixMarkdown,
          verifyCommand: cause.verifyCommand,
          lastReviewed: formatDate(owner.meta.lastReviewed),
        };
      }
    } else if (node.kind === "handover") {
      const target = handoverTree(node.tree);
      const targetGuide = target && getArticle(target.guide);
      handovers[node.tree] = {
        title: target?.title ?? node.tree,
        guideUrl: targetGuide?.url,
        guideLabel: targetGuide && guideLabel(targetGuide),
      };
    }
  }
  return {
    tree,
    guide: {
      url: guide.url,
      label: guideLabel(guide),
      error: errorOf(guide.meta.codes[0], guide.provider, guide.meta.title),
      lastReviewed: formatDate(guide.meta.lastReviewed),
    },
    causes,
    handovers,
  };
}
