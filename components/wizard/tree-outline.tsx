import type { Article, Tree } from "@/lib/content";
import { InlineHtml } from "@/components/inline-html";

/** The same tree as text, for screen readers and for reading without the picture. */
export function TreeOutline({ tree, guide, onPath }: { tree: Tree; guide: Article; onPath: Set<string> }) {
  const cause = (id: string) => guide.causes.find((c) => c.id === id)?.title ?? id;
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
                    <InlineHtml text={a.label} /> → <a href={`#node-${a.next}`} className="text-accent underline">{a.next}</a>
                  </li>
                ))}
              </ul>
            </>
          )}
          {node.kind === "outcome" && <p>Cause: {cause(node.cause)}</p>}
          {node.kind === "handover" && <p>Continue in tree {node.tree}: <InlineHtml text={node.text} /></p>}
          {node.kind === "dead-end" && <p>No known cause fits: <InlineHtml text={node.text} /></p>}
          <p className="text-xs text-muted">Node {id}</p>
        </li>
      ))}
    </ol>
  );
}
