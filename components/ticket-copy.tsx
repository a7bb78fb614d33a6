import { CopyButton } from "./copy-button";

/**
 * "Copy for ticket": a preview of exactly what is copied, and the button. Folded away in guides
 * (one per cause), open on wizard outcomes.
 */
export function TicketCopy({ text, open = false, context }: { text: string; open?: boolean; context: string }) {
  const body = (
    <div className="mt-3">
      <pre className="max-h-80 overflow-auto whitespace-pre-wrap rounded-md border border-line bg-code p-3 font-mono text-xs leading-relaxed" tabIndex={0} aria-label="Ticket summary preview">
        {text}
      </pre>
    </div>
  );
  return (
    <div data-ticket className="ticket no-print my-6 rounded-lg border border-dashed border-line p-4 not-prose">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <p className="font-semibold">For your ticket</p>
        <CopyButton mode="ticket" label={`Copy for ticket: ${context}`} />
      </div>
      {open ? (
        body
      ) : (
        <details className="mt-1">
          <summary className="cursor-pointer text-sm text-muted">Preview what is copied</summary>
          {body}
        </details>
      )}
    </div>
  );
}
