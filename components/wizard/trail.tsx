import Link from "next/link";
import { stateUrl, type TakenAnswer } from "@/lib/content";
import { InlineHtml } from "@/components/inline-html";

/** The answers taken so far; each can be changed in one click (back to the question where it was given). */
export function Trail({ treeId, trail }: { treeId: string; trail: TakenAnswer[] }) {
  if (trail.length === 0) return null;
  return (
    <section aria-labelledby="trail-title" className="mt-6 rounded-lg border border-line bg-surface p-4">
      <h2 id="trail-title" className="text-sm font-semibold uppercase tracking-wide text-muted">
        Your answers so far
      </h2>
      <ol id="trail-list" className="mt-3 space-y-3">
        {trail.map((step, index) => (
          <li key={step.nodeId} className="text-sm">
            <p className="text-muted">
              <span className="font-medium text-fg">{index + 1}.</span> <InlineHtml text={step.question} />
            </p>
            <p className="mt-1 flex flex-wrap items-baseline gap-x-3">
              <span className="font-medium">
                <InlineHtml text={step.label} />
              </span>
              {/* ?was= lets the question show which answer was given before (wizard-marks.tsx). */}
              <Link
                prefetch={false}
                href={`${stateUrl(treeId, step.before)}?was=${step.slug}`}
                className="no-print text-accent underline underline-offset-4"
              >
                Change<span className="sr-only"> answer {index + 1}</span>
              </Link>
            </p>
          </li>
        ))}
      </ol>
    </section>
  );
}
