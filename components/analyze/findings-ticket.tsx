"use client";

import { useEffect, useState } from "react";
import { CopyAnnouncement, useCopy } from "@/components/copy-on-click";
import { TicketPreview } from "@/components/ticket-copy";
import type { Analysis } from "@/lib/analyze/types";
import { absolutize, publicOrigin } from "@/lib/public-origin";

/**
 * The findings as a ticket summary, secrets masked by the lookup's masking (lib/analyze/ticket.ts). The
 * preview is exactly what is copied. The summary and the masking load with the first findings, not with the
 * analyzers (they would push the analyzer chunk past its budget).
 */
export function FindingsTicket({ analyses }: { analyses: Analysis[] }) {
  const [status, copy] = useCopy();
  const [text, setText] = useState("");
  useEffect(() => {
    let current = true;
    import("@/lib/analyze/ticket").then(
      ({ ticketSummary }) => current && setText(absolutize(ticketSummary(analyses), publicOrigin())),
      () => current && setText("The ticket summary could not load. Reload the page to try again."),
    );
    return () => {
      current = false;
    };
  }, [analyses]);
  if (!text) return null;
  return (
    <section aria-labelledby="ticket-heading" className="mt-10 rounded-lg border border-dashed border-line p-4" data-findings-ticket>
      <div className="flex flex-wrap items-center justify-between gap-2">
        <h2 id="ticket-heading" className="text-lg font-semibold">
          For your ticket
        </h2>
        <button
          type="button"
          onClick={() => void copy(() => text)}
          className="rounded-md bg-accent px-3 py-1.5 text-sm font-medium text-bg"
        >
          {status === "copied" ? "Copied" : "Copy findings for a ticket"}
        </button>
        <CopyAnnouncement status={status} failed="Could not copy: select the text below and copy it." />
      </div>
      <p className="mt-2 text-sm text-muted">Signatures, tokens and secrets are masked in what is copied.</p>
      <TicketPreview>{text}</TicketPreview>
    </section>
  );
}
