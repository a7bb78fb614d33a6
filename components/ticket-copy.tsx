import type { ReactNode } from "react";
import { CopyButton } from "./copy-button";

/**
 * The frame of every "Copy for ticket": a title, the copy button, and a preview of what is copied.
 * `needsJs`: the whole frame is useless without JavaScript (its text is fetched on demand), so it is
 * hidden when scripting is off (see `.needs-js` in globals.css).
 */
export function TicketFrame({ button, children, needsJs = false }: { button: ReactNode; children: ReactNode; needsJs?: boolean }) {
  return (
    <div
      data-ticket
      className={`ticket no-print my-6 rounded-lg border border-dashed border-line p-4 not-prose${needsJs ? " needs-js" : ""}`}
    >
      <div className="flex flex-wrap items-center justify-between gap-2">
        <p className="font-semibold">For your ticket</p>
        {button}
      </div>
      {children}
    </div>
  );
}

/** Exactly the text that is copied (the copy buttons read it from here). */
export function TicketPreview({ children }: { children: ReactNode }) {
  return (
    <pre
      className="mt-3 max-h-80 overflow-auto whitespace-pre-wrap rounded-md border border-line bg-code p-3 font-mono text-xs leading-relaxed"
      tabIndex={0}
      aria-label="Ticket summary preview"
    >
      {children}
    </pre>
  );
}

/** "Copy for ticket" on a wizard outcome: the summary is part of the page and shown in full. */
export function TicketCopy({ text, context }: { text: string; context: string }) {
  return (
    <TicketFrame button={<CopyButton mode="ticket" label={`Copy for ticket: ${context}`} />}>
      <TicketPreview>{text}</TicketPreview>
    </TicketFrame>
  );
}
