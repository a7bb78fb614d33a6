import Link from "next/link";
import { Breadcrumb } from "@/components/article/breadcrumb";
import { layoutTree } from "@/lib/wizard/map-layout";
import type { LoadedState } from "@/lib/wizard/params";
import { getTree, stateUrl } from "@/lib/content";
import { TreeMap } from "./tree-map";
import { TreeMapCompact } from "./tree-map-compact";
import { TreeOutline } from "./tree-outline";

/** The whole tree as a picture, laid out at build time; the path of a state, when given, is highlighted. */
export async function TreeMapPage({ loaded }: { loaded: LoadedState }) {
  const { tree, guide, state } = loaded;
  const labels = {
    causeTitle: (id: string) => guide.causes.find((c) => c.id === id)?.title ?? id,
    treeTitle: (id: string) => getTree(id)?.title ?? id,
  };
  const layout = await layoutTree(tree, state.slugs, labels);
  const onPath = new Set([...state.trail.map((t) => t.nodeId), state.nodeId]);
  // In the compact map a node stands at one path: mark the nodes and answers of this state's path there.
  const compactPath = new Set<string>();
  state.trail.forEach((t) => {
    compactPath.add(`${t.nodeId}@${t.before.join("/")}`);
    compactPath.add(`${t.nodeId}/${t.slug}@${t.before.join("/")}`);
  });
  if (state.slugs.length > 0) compactPath.add(`${state.nodeId}@${state.slugs.join("/")}`);
  const hasPath = state.slugs.length > 0;
  return (
    <div>
      <Breadcrumb
        items={[{ label: "Diagnose", href: "/diagnose" }, { label: tree.title, href: `/diagnose/${tree.id}` }, { label: "Map" }]}
      />
      <h1 className="text-3xl font-bold tracking-tight">Map of {tree.title}</h1>
      <p className="mt-3 max-w-3xl text-muted">
        Every question, answer and ending of this diagnosis.{" "}
        {hasPath
          ? "The highlighted boxes are the path of the state this map was opened from."
          : "Open the map from a diagnosis step to see its path highlighted."}
      </p>
      <p className="mt-3">
        <Link prefetch={false} href={stateUrl(tree.id, state.slugs)} className="text-accent underline underline-offset-4">
          {hasPath ? "Back to that step" : "Start this diagnosis"}
        </Link>
      </p>
      <section aria-label="Tree picture, top to bottom" className="mt-6 sm:hidden">
        <TreeMapCompact tree={tree} labels={labels} onPath={compactPath} />
      </section>
      <section aria-label="Tree picture" tabIndex={0} className="mt-6 hidden overflow-auto rounded-lg border border-line sm:block">
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
        <TreeOutline tree={tree} labels={labels} onPath={onPath} />
      </section>
    </div>
  );
}
