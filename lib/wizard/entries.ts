import { allTrees, getArticle, type Article, type Tree } from "../content";

/** Every tree with its guide, in catalogue order (by guide URL). */
export async function treeEntries(): Promise<{ tree: Tree; guide: Article }[]> {
  const entries = await Promise.all(
    (await allTrees()).map(async (tree) => ({ tree, guide: await getArticle(tree.data.guide) })),
  );
  return entries
    .filter((e): e is { tree: Tree; guide: Article } => e.guide !== undefined)
    .sort((a, b) => a.guide.url.localeCompare(b.guide.url));
}
