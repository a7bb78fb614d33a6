import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { Breadcrumb } from "@/components/article/breadcrumb";
import { TreeMap } from "@/components/wizard/tree-map";
import { TreeOutline } from "@/components/wizard/tree-outline";
import { layoutTree } from "@/lib/wizard/map-layout";
import { loadWizardState } from "@/lib/wizard/params";
import { stateUrl } from "@/lib/wizard/step";

// Maps are drawn on the server for each request (the layout of each tree is computed once and kept in
// memory): one prebuilt map per wizard state would multiply the build by the number of paths, and a
// cache filled on demand would let any visitor make the server store pages.
export const dynamic = "force-dynamic";

async function load(props: PageProps<"/diagnose/[tree]/map/[[...answers]]">) {
  const { tree, answers } = await props.params;
  return loadWizardState(tree, answers);
}

export async function generateMetadata(props: PageProps<"/diagnose/[tree]/map/[[...answers]]">): Promise<Metadata> {
  const loaded = await load(props);
  if (!loaded) return { title: "Tree not found" };
  return {
    title: `Map of ${loaded.tree.data.title}`,
    description: `Every question, answer and ending of ${loaded.tree.data.title}, as one picture.`,
    // Every highlighted variant shows the same tree: one canonical address.
    alternates: { canonical: `/diagnose/${loaded.tree.id}/map` },
  };
}

/** The whole tree as a picture, laid out at build time; the path of a state, when given, is highlighted. */
export default async function TreeMapPage(props: PageProps<"/diagnose/[tree]/map/[[...answers]]">) {
  const loaded = await load(props);
  if (!loaded) notFound();
  const { tree, guide, state } = loaded;
  const causeTitle = (id: string) => guide.mdx.causes.find((c) => c.id === id)?.title ?? id;
  const layout = await layoutTree(tree.data, state.slugs, causeTitle);
  const onPath = new Set([...state.trail.map((t) => t.nodeId), state.nodeId]);
  const hasPath = state.slugs.length > 0;
  return (
    <div>
      <Breadcrumb items={[{ label: "Diagnose", href: "/diagnose" }, { label: tree.data.title, href: `/diagnose/${tree.id}` }, { label: "Map" }]} />
      <h1 className="text-3xl font-bold tracking-tight">Map of {tree.data.title}</h1>
      <p className="mt-3 max-w-3xl text-muted">
        Every question, answer and ending of this diagnosis.{" "}
        {hasPath ? "The highlighted boxes are the path of the state this map was opened from." : "Open the map from a diagnosis step to see its path highlighted."}
      </p>
      <p className="mt-3">
        <Link prefetch={false} href={stateUrl(tree.id, state.slugs)} className="text-accent underline underline-offset-4">
          {hasPath ? "Back to that step" : "Start this diagnosis"}
        </Link>
      </p>
      <section aria-label="Tree picture" tabIndex={0} className="mt-6 overflow-auto rounded-lg border border-line">
        <TreeMap
          layout={layout}
          title={`Map of ${tree.data.title}`}
          description={`${Object.keys(tree.data.nodes).length} nodes. The same tree is listed as text below.`}
        />
      </section>
      <section aria-labelledby="outline-title" className="mt-10 max-w-3xl">
        <h2 id="outline-title" className="text-xl font-semibold">
          The tree as a list
        </h2>
        <TreeOutline tree={tree} guide={guide} onPath={onPath} />
      </section>
    </div>
  );
}
