import type { Tree } from "@/lib/content";
import { InlineHtml } from "@/components/inline-html";
import { nodeText, type MapLabels } from "@/lib/wizard/map-layout";

/** The same tree as text, for screen readers and for reading without the picture; each answer names where it leads. */
export function TreeOutline({ tree, labels, onPath }: { tree: Tree; labels: MapLabels; onPath: Set<string> }) {
  const target = (id: string) => {
    const node = tree.nodes[id];
    return node ? nodeText(node, labels) : id;
  };
  return (
    <ol className="mt-4 space-y-4">
      {Object.entries(tree.nodes).map(([id, node]) => (
        <li key={id} id={`node-${id}`} className={onPath.has(id) ? "rounded-md border-l-4 border-accent pl-3" : "pl-4"}>
          {node.kind === "question" && (
            <>
              <p className="font-medium">
                <InlineHtml text={node.text} />
                {onPath.has(id) && <span className="ml-2 text-sm text-accent">(on your path)</span>}
              </p>
              <ul className="mt-1 list-disc pl-6 text-sm">
                {node.answers.map((a) => (
                  <li key={a.slug}>
                    <InlineHtml text={a.label} /> →{" "}
                    <a href={`#node-${a.next}`} className="text-accent underline">
                      {target(a.next)}
                    </a>
                  </li>
                ))}
              </ul>
            </>
          )}
          {node.kind !== "question" && <p>{nodeText(node, labels)}</p>}
        </li>
      ))}
    </ol>
  );
}
