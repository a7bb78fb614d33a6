import { allTrees, getArticle, type Article, type Tree } from "../content";

/** Every tree with its guide, in catalogue order (by guide URL). */
export function treeEntries(): { tree: Tree; guide: Article }[] {
  return allTrees()
    .flatMap((tree) => {
      const guide = getArticle(tree.guide);
      return guide ? [{ tree, guide }] : [];
    })
    .sort((a, b) => a.guide.url.localeCompare(b.guide.url));
}
