import type { MapBox, MapLayout } from "@/lib/wizard/map-layout";

const FILL: Record<MapBox["kind"], string> = {
  question: "var(--surface)",
  answer: "var(--bg)",
  outcome: "var(--info-bg)",
  handover: "var(--warn-bg)",
  "dead-end": "var(--danger-bg)",
};

/**
 * The laid-out tree as an SVG drawn on the server: no client JavaScript. A group, not an image: every box
 * is a link to its state.
 */
export function TreeMap({ layout, title, description }: { layout: MapLayout; title: string; description: string }) {
  return (
    <svg
      role="group"
      aria-labelledby="map-title"
      aria-describedby="map-desc"
      width={layout.width}
      height={layout.height}
      viewBox={`0 0 ${layout.width} ${layout.height}`}
      className="max-w-none font-sans"
    >
      <title id="map-title">{title}</title>
      <desc id="map-desc">{description}</desc>
      <defs>
        <marker id="arrow" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="6" markerHeight="6" orient="auto-start-reverse">
          <path d="M0,0 L10,5 L0,10 z" fill="var(--muted)" />
        </marker>
        <marker id="arrow-path" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="6" markerHeight="6" orient="auto-start-reverse">
          <path d="M0,0 L10,5 L0,10 z" fill="var(--accent)" />
        </marker>
      </defs>
      {layout.edges.map((edge) => (
        <polyline
          key={edge.id}
          points={edge.points.map((p) => `${p.x},${p.y}`).join(" ")}
          fill="none"
          stroke={edge.onPath ? "var(--accent)" : "var(--line)"}
          strokeWidth={edge.onPath ? 3 : 1.5}
          markerEnd={edge.onPath ? "url(#arrow-path)" : "url(#arrow)"}
          data-on-path={edge.onPath || undefined}
        />
      ))}
      {layout.boxes.map((b) => (
        <a key={b.id} href={b.href} className="map-link">
          <g transform={`translate(${b.x},${b.y})`} data-kind={b.kind} data-on-path={b.onPath || undefined}>
            <rect
              width={b.width}
              height={b.height}
              rx={b.kind === "answer" ? b.height / 2 : 6}
              fill={FILL[b.kind]}
              stroke={b.onPath ? "var(--accent)" : "var(--line)"}
              strokeWidth={b.onPath ? 3 : 1}
            />
            <text x={10} y={10} fill="var(--fg)" fontSize={12} fontWeight={b.kind === "answer" ? 400 : 600}>
              {b.lines.map((line, i) => (
                <tspan key={i} x={10} dy={i === 0 ? 13 : 16}>
                  {line}
                </tspan>
              ))}
            </text>
          </g>
        </a>
      ))}
    </svg>
  );
}
