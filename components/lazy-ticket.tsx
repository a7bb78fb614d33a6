"use client";

import { useState } from "react";

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

type Status = "idle" | "copied" | "failed";

/**
 * "Copy for ticket" on a cause section of a guide: the summary is loaded when the reader reaches for it
 * (hover, focus or opening the preview), so guide pages stay light.
 */
export function LazyTicket({ guide, cause, context }: { guide: string; cause: string; context: string }) {
  const [text, setText] = useState<string>();
  const [status, setStatus] = useState<Status>("idle");
  const load = async () => {
    const all = await tickets(guide);
    const summary = all[cause] ?? "";
    setText(summary);
    return summary;
  };
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(text ?? (await load()));
      setStatus("copied");
    } catch {
      setStatus("failed");
    }
    setTimeout(() => setStatus("idle"), 2500);
  };
  return (
    <div data-ticket className="ticket no-print my-6 rounded-lg border border-dashed border-line p-4 not-prose">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <p className="font-semibold">For your ticket</p>
        <button
          type="button"
          onClick={copy}
          onPointerEnter={() => void load().catch(() => undefined)}
          onFocus={() => void load().catch(() => undefined)}
          aria-label={`Copy for ticket: ${context}`}
          className="inline-flex min-h-6 items-center rounded border border-line px-1.5 py-0.5 text-xs font-medium text-muted hover:bg-surface hover:text-fg"
        >
          {status === "copied" ? "Copied" : status === "failed" ? "Copy failed" : "Copy for ticket"}
        </button>
        <span role="status" className="sr-only">
          {status === "copied" ? "Copied to the clipboard" : status === "failed" ? "Could not copy; open the preview and copy the text" : ""}
        </span>
      </div>
      <details className="mt-1" onToggle={(e) => e.currentTarget.open && void load().catch(() => undefined)}>
        <summary className="cursor-pointer text-sm text-muted">Preview what is copied</summary>
        <pre className="mt-3 max-h-80 overflow-auto whitespace-pre-wrap rounded-md border border-line bg-code p-3 font-mono text-xs leading-relaxed" tabIndex={0} aria-label="Ticket summary preview">
          {text ?? "Loading…"}
        </pre>
      </details>
    </div>
  );
}
