import type { RouteProps } from "@/lib/route-props";
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { TreeMapPage } from "@/components/wizard/tree-map-page";
import { mapMetadata } from "@/lib/wizard/metadata";
import { allTrees } from "@/lib/content";
import { loadWizardState } from "@/lib/wizard/params";

// Static export: the map of each tree, without a highlighted path (that needs the server, which draws
// one per request; a prebuilt map per wizard state would multiply the export by the number of paths).
export const dynamicParams = false;

export async function generateStaticParams() {
  return (await allTrees()).map((tree) => ({ tree: tree.id, answers: [] }));
}

async function load(props: RouteProps<{ tree: string; answers?: string[] }>) {
  const { tree, answers } = await props.params;
  return loadWizardState(tree, answers);
}

export async function generateMetadata(props: RouteProps<{ tree: string; answers?: string[] }>): Promise<Metadata> {
  return mapMetadata(await load(props));
}

export default async function TreeMap(props: RouteProps<{ tree: string; answers?: string[] }>) {
  const loaded = await load(props);
  if (!loaded) notFound();
  return <TreeMapPage loaded={loaded} />;
}
