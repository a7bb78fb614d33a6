import type { Analysis } from "@/lib/analyze/types";
import { FindingItem } from "./finding-item";

/** Problems first, then warnings, notes and passed checks. */
const ORDER = { problem: 0, warning: 1, info: 2, ok: 3 } as const;

/** One recognised artifact: what it is, what was found, and the values read from it (as text, never HTML). */
export function AnalysisCard({ analysis, index }: { analysis: Analysis; index: number }) {
  const headingId = `analysis-${index}`;
  const findings = [...analysis.findings].sort((a, b) => ORDER[a.severity] - ORDER[b.severity]);
  return (
    <section aria-labelledby={headingId} className="mt-8" data-analysis={analysis.kind}>
      <h2 id={headingId} className="text-2xl font-bold tracking-tight">
        {analysis.label}
      </h2>
      {analysis.unreadable && (
        <p className="mt-3 rounded-md border-l-4 border-[var(--danger-line)] bg-[var(--danger-bg)] px-4 py-3" data-unreadable>
          <span className="font-semibold">Could not be read: </span>
          {analysis.unreadable}
        </p>
      )}
      {findings.length > 0 && (
        <>
          <h3 className="mt-4 text-lg font-semibold">Findings</h3>
          <ul className="mt-2 space-y-3">
            {findings.map((finding, i) => (
              <FindingItem key={`${finding.title}-${i}`} finding={finding} />
            ))}
          </ul>
        </>
      )}
      {analysis.fields.length > 0 && (
        <>
          <h3 className="mt-4 text-lg font-semibold">Read from it</h3>
          <dl className="mt-2 grid grid-cols-1 gap-x-4 gap-y-1 text-sm sm:grid-cols-[max-content_1fr]">
            {analysis.fields.map((field, i) => (
              <div key={`${field.name}-${i}`} className="contents">
                <dt className="font-semibold">{field.name}</dt>
                <dd className="mb-1 break-all font-mono sm:mb-0">{field.value}</dd>
              </div>
            ))}
          </dl>
        </>
      )}
      {analysis.notes && analysis.notes.length > 0 && (
        <ul className="mt-3 list-disc pl-5 text-sm text-muted">
          {analysis.notes.map((note) => (
            <li key={note}>{note}</li>
          ))}
        </ul>
      )}
    </section>
  );
}
