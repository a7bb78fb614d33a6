import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { TreeMapPage } from "@/components/wizard/tree-map-page";
import { mapMetadata } from "@/lib/wizard/metadata";
import { loadWizardState } from "@/lib/wizard/params";

// Maps are drawn on the server for each request (the layout of each tree is computed once and kept in
// memory): one prebuilt map per wizard state would multiply the build by the number of paths, and a
// cache filled on demand would let any visitor make the server store pages.
export const dynamic = "force-dynamic";

async function load(props: PageProps<"/diagnose/[tree]/map/[[...answers]]">) {
  const { tree, answers } = await props.params;
  return loadWizardState(tree, answers);
}

export async function generateMetadata(props: PageProps<"/diagnose/[tree]/map/[[...answers]]">): Promise<Metadata> {
  return mapMetadata(await load(props));
}

export default async function TreeMapRoute(props: PageProps<"/diagnose/[tree]/map/[[...answers]]">) {
  const loaded = await load(props);
  if (!loaded) notFound();
  return <TreeMapPage loaded={loaded} />;
}
