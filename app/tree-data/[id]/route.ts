import { allTrees, getTree } from "@/lib/content";
import { treeData } from "@/lib/tree-data";

// The data of the decision tree inside a guide, fetched when the reader first answers. Built once per tree.
export const dynamic = "force-static";
export const dynamicParams = false;

export function generateStaticParams() {
  return allTrees().map((t) => ({ id: t.id }));
}

export async function GET(_request: Request, context: RouteContext<"/tree-data/[id]">) {
  const { id } = await context.params;
  const tree = getTree(id);
  const data = tree && treeData(tree, getTree);
  if (!data) return Response.json({ error: "No such tree." }, { status: 404 });
  return Response.json(data, { headers: { "Cache-Control": "public, max-age=3600" } });
}
