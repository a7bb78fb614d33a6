import { FeedbackForm } from "./feedback-form";

/** The id "Report a problem with this guide" links to, at the foot of every guide. */
export const REPORT_ANCHOR = "report-problem";

/**
 * "Report a problem with this guide": a form at the foot of the guide that goes to the feedback store
 * (the header link jumps here, so it works without JavaScript too).
 */
export function ReportProblem({ guide }: { guide: string }) {
  return (
    <section id={REPORT_ANCHOR} aria-labelledby={`${REPORT_ANCHOR}-title`} className="no-print mt-12 border-t border-line pt-6">
      <h2 id={`${REPORT_ANCHOR}-title`} className="text-xl font-semibold">
        Report a problem with this guide
      </h2>
      <p className="mt-2 text-sm text-muted">
        Wrong, out of date, or your cause is missing? The editors read every report. Only the text is kept (secrets masked), for at most 180
        days, with no name, address or identifier.
      </p>
      <FeedbackForm place={guide} kind="report" />
    </section>
  );
}
