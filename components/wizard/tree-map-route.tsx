import type { Metadata } from "next";
import { notFound } from "next/navigation";
import type { RouteProps } from "@/lib/route-props";
import { mapMetadata } from "@/lib/wizard/metadata";
import { loadWizardState } from "@/lib/wizard/params";
import { TreeMapPage } from "./tree-map-page";

type MapProps = RouteProps<{ tree: string; answers?: string[] }>;

async function load(props: MapProps) {
  const { tree, answers } = await props.params;
  return loadWizardState(tree, answers);
}

/** What both deployments' map routes share (app/diagnose/[tree]/map/[[...answers]]/page.*.tsx). */
export async function generateMapMetadata(props: MapProps): Promise<Metadata> {
  return mapMetadata(await load(props));
}

export async function TreeMapRoute(props: MapProps) {
  const loaded = await load(props);
  if (!loaded) notFound();
  return <TreeMapPage loaded={loaded} />;
}
