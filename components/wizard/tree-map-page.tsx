import Link from "next/link";
import { Breadcrumb } from "@/components/article/breadcrumb";
import { layoutTree } from "@/lib/wizard/map-layout";
import type { LoadedState } from "@/lib/wizard/params";
import { stateUrl } from "@/lib/content";
import { TreeMap } from "./tree-map";
import { TreeOutline } from "./tree-outline";

/** The whole tree as a picture, laid out at build time; the path of a state, when given, is highlighted. */
export async function TreeMapPage({ loaded }: { loaded: LoadedState }) {
  const { tree, guide, state } = loaded;
  const causeTitle = (id: string) => guide.causes.find((c) => c.id === id)?.title ?? id;
  const layout = await layoutTree(tree, state.slugs, causeTitle);
  const onPath = new Set([...state.trail.map((t) => t.nodeId), state.nodeId]);
  const hasPath = state.slugs.length > 0;
  return (
    <div>
      <Breadcrumb items={[{ label: "Diagnose", href: "/diagnose" }, { label: tree.title, href: `/diagnose/${tree.id}` }, { label: "Map" }]} />
      <h1 className="text-3xl font-bold tracking-tight">Map of {tree.title}</h1>
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
          title={`Map of ${tree.title}`}
          description={`${Object.keys(tree.nodes).length} nodes. The same tree is listed as text below.`}
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
