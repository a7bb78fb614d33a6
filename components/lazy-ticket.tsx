"use client";

import { useState } from "react";
import { absolutize, publicOrigin } from "@/lib/public-origin";
import { CopyAnnouncement, useCopy } from "./copy-on-click";
import { TicketFrame, TicketPreview } from "./ticket-copy";

const cache = new Map<string, Promise<Record<string, string>>>();

/** The guide's ticket summaries, fetched once per page and shared by all its causes. */
function tickets(guide: string): Promise<Record<string, string>> {
  let pending = cache.get(guide);
  if (!pending) {
    pending = fetch(`/ticket${guide}`).then((r) => (r.ok ? r.json() : Promise.reject(new Error(`HTTP ${r.status}`))));
    pending.catch(() => cache.delete(guide));
    cache.set(guide, pending);
  }
  return pending;
}

/**
 * "Copy for ticket" on a cause section of a guide: the summary is loaded when the reader reaches for it
 * (hover, focus or opening the preview), so guide pages stay light.
 */
export function LazyTicket({ guide, cause, context }: { guide: string; cause: string; context: string }) {
  const [text, setText] = useState<string>();
  const [status, copy] = useCopy();
  const load = async () => {
    const summary = absolutize((await tickets(guide))[cause] ?? "", publicOrigin());
    setText(summary);
    return summary;
  };
  const preload = () => void load().catch(() => undefined);
  const button = (
    <>
      <button
        type="button"
        onClick={() => void copy(async () => text ?? (await load()))}
        onPointerEnter={preload}
        onFocus={preload}
        aria-label={`Copy for ticket: ${context}`}
        className="copy-button"
      >
        {status === "copied" ? "Copied" : status === "failed" ? "Copy failed" : "Copy for ticket"}
      </button>
      <CopyAnnouncement status={status} failed="Could not copy; open the preview and copy the text" />
    </>
  );
  return (
    <TicketFrame button={button} needsJs>
      <details className="mt-1" onToggle={(e) => e.currentTarget.open && preload()}>
        <summary className="cursor-pointer text-sm text-muted">Preview what is copied</summary>
        <TicketPreview>{text ?? "Loading…"}</TicketPreview>
      </details>
    </TicketFrame>
  );
}
