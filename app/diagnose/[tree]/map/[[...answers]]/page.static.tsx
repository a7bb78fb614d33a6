import { allTrees } from "@/lib/content";

// Static export: the map of each tree, without a highlighted path (that needs the server, which draws
// one per request; a prebuilt map per wizard state would multiply the export by the number of paths).
export const dynamicParams = false;

export async function generateStaticParams() {
  return (await allTrees()).map((tree) => ({ tree: tree.id, answers: [] }));
}

export { generateMapMetadata as generateMetadata, TreeMapRoute as default } from "@/components/wizard/tree-map-route";
