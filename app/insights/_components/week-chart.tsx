type Series = { label: string; values: number[]; color: string };

const WIDTH = 720;
const HEIGHT = 220;
const PAD = { top: 16, right: 12, bottom: 36, left: 44 };

/** "2026-12-07" → "7 Dec": short enough for an axis. */
function shortDate(week: string): string {
  const d = new Date(`${week}T00:00:00Z`);
  return `${d.getUTCDate()} ${d.toLocaleString("en", { month: "short", timeZone: "UTC" })}`;
}

/**
 * A stacked bar chart of weekly counts, drawn on the server as SVG: no script, no library, nothing to load.
 * Every number is also in the table next to it (and its CSV), so the picture is a summary, not the record.
 */
export function WeekChart({ id, title, weeks, series }: { id: string; title: string; weeks: string[]; series: Series[] }) {
  const totals = weeks.map((_, i) => series.reduce((n, s) => n + (s.values[i] ?? 0), 0));
  const max = Math.max(1, ...totals);
  const plotW = WIDTH - PAD.left - PAD.right;
  const plotH = HEIGHT - PAD.top - PAD.bottom;
  const slot = plotW / Math.max(1, weeks.length);
  const barW = Math.max(2, slot * 0.7);
  const y = (v: number) => PAD.top + plotH - (v / max) * plotH;
  const sum = (s: Series) => s.values.reduce((a, b) => a + b, 0);
  const description = `${weeks.length} weeks from ${weeks[0] ?? ""} to ${weeks.at(-1) ?? ""}: ${series.map((s) => `${sum(s)} ${s.label}`).join(", ")}; at most ${max} in one week.`;
  return (
    <figure className="mt-4">
      <svg
        viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
        role="img"
        aria-labelledby={`${id}-title ${id}-desc`}
        className="h-auto w-full max-w-3xl text-muted"
        data-chart={id}
      >
        <title id={`${id}-title`}>{title}</title>
        <desc id={`${id}-desc`}>{description}</desc>
        {/* Whole numbers only: with at most 1 a week, no middle line (an axis of 0, 1, 1 says nothing). */}
        {(max >= 2 ? [0, Math.round(max / 2), max] : [0, max]).map((v) => (
          <g key={v}>
            <line x1={PAD.left} x2={WIDTH - PAD.right} y1={y(v)} y2={y(v)} stroke="var(--line)" />
            <text x={PAD.left - 6} y={y(v) + 4} textAnchor="end" fontSize="11" fill="currentColor">
              {v}
            </text>
          </g>
        ))}
        {weeks.map((week, i) => {
          let base = 0;
          return (
            <g key={week}>
              {series.map((s) => {
                const v = s.values[i] ?? 0;
                const top = y(base + v);
                const height = y(base) - top;
                base += v;
                return v > 0 ? (
                  <rect key={s.label} x={PAD.left + i * slot + (slot - barW) / 2} y={top} width={barW} height={height} fill={s.color}>
                    <title>{`Week of ${week}: ${v} ${s.label}`}</title>
                  </rect>
                ) : null;
              })}
              {i % 4 === 0 && (
                <text x={PAD.left + i * slot + slot / 2} y={HEIGHT - PAD.bottom + 16} textAnchor="middle" fontSize="11" fill="currentColor">
                  {shortDate(week)}
                </text>
              )}
            </g>
          );
        })}
      </svg>
      <figcaption className="mt-1 flex flex-wrap gap-4 text-sm text-muted">
        {series.map((s) => (
          <span key={s.label} className="inline-flex items-center gap-1">
            <svg width="12" height="12" aria-hidden="true">
              <rect width="12" height="12" fill={s.color} />
            </svg>
            {s.label}
          </span>
        ))}
      </figcaption>
    </figure>
  );
}
