import type { Tree } from "@/lib/content";
import { stateUrl } from "@/lib/content";
import { nodeText, shortText, type MapLabels } from "@/lib/wizard/map-layout";

type Props = { tree: Tree; labels: MapLabels; onPath: ReadonlySet<string> };

/**
 * The tree map for narrow screens: the same tree, top to bottom, each answer indented under its question,
 * every box a link to its state. A node several answers lead to is drawn once; later arrivals point to it.
 */
export function TreeMapCompact({ tree, labels, onPath }: Props) {
  const drawn = new Set<string>();
  const render = (nodeId: string, path: string[]) => {
    const node = tree.nodes[nodeId];
    if (!node) return null;
    const href = stateUrl(tree.id, path);
    const current = onPath.has(`${nodeId}@${path.join("/")}`);
    if (drawn.has(nodeId)) {
      return (
        <a href={href} className="map-box map-again" data-kind={node.kind}>
          ↪ {nodeText(node, labels)}
        </a>
      );
    }
    drawn.add(nodeId);
    return (
      <>
        <a href={href} className="map-box" data-kind={node.kind} data-on-path={current || undefined}>
          {nodeText(node, labels)}
        </a>
        {node.kind === "question" && (
          <ul className="map-branches">
            {node.answers.map((answer) => {
              const next = [...path, answer.slug];
              return (
                <li key={answer.slug}>
                  <a
                    href={stateUrl(tree.id, next)}
                    className="map-answer"
                    data-on-path={onPath.has(`${nodeId}/${answer.slug}@${path.join("/")}`) || undefined}
                  >
                    {shortText(answer.label.plain, 70)}
                  </a>
                  {render(answer.next, next)}
                </li>
              );
            })}
          </ul>
        )}
      </>
    );
  };
  return <div className="map-compact">{render(tree.start, [])}</div>;
}
