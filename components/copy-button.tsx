"use client";

import { useState, type MouseEvent } from "react";

type Props =
  /** Copies the absolute URL of this page with `#anchor`. */
  | { mode: "link"; anchor: string; label: string }
  /** Copies the text of the code block the button sits in. */
  | { mode: "code"; label: string }
  /** Copies the ticket summary previewed next to the button. */
  | { mode: "ticket"; label: string };

export type CopyStatus = "idle" | "copied" | "failed";

/** Copies a text to the clipboard and reports how it went for 2.5 s (the text may be fetched first). */
export function useCopy(): [CopyStatus, (text: () => string | Promise<string>) => Promise<void>] {
  const [status, setStatus] = useState<CopyStatus>("idle");
  const copy = async (text: () => string | Promise<string>) => {
    try {
      await navigator.clipboard.writeText(await text());
      setStatus("copied");
    } catch {
      setStatus("failed");
    }
    setTimeout(() => setStatus("idle"), 2500);
  };
  return [status, copy];
}

/** The status region that announces the outcome of a copy to screen readers. */
export function CopyAnnouncement({ status, failed }: { status: CopyStatus; failed: string }) {
  return (
    <span role="status" className="sr-only">
      {status === "copied" ? "Copied to the clipboard" : status === "failed" ? failed : ""}
    </span>
  );
}

function textToCopy(props: Props, button: HTMLElement): string {
  if (props.mode === "link") return `${location.origin}${location.pathname}#${props.anchor}`;
  if (props.mode === "ticket") return button.closest("[data-ticket]")?.querySelector("pre")?.textContent ?? "";
  const code = button.closest("[data-code-block]")?.querySelector("pre code");
  return code instanceof HTMLElement ? code.innerText.replace(/\n$/, "") : "";
}

function LinkIcon() {
  return (
    <svg aria-hidden="true" width="14" height="14" viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round">
      <path d="M10 13a5 5 0 0 0 7.5.5l3-3a5 5 0 0 0-7-7l-1.7 1.7" />
      <path d="M14 11a5 5 0 0 0-7.5-.5l-3 3a5 5 0 0 0 7 7l1.7-1.7" />
    </svg>
  );
}

/**
 * `label` is the accessible name ("Copy link to Causes", "Copy shell code"); it starts with the visible
 * word where there is one, so speech users can say what they see. The outcome is announced through a status region.
 */
export function CopyButton(props: Props) {
  const [status, copy] = useCopy();
  const onClick = (event: MouseEvent<HTMLButtonElement>) => {
    const button = event.currentTarget;
    void copy(() => textToCopy(props, button));
  };
  const idle = props.mode === "code" ? "Copy" : props.mode === "ticket" ? "Copy for ticket" : "";
  const visible = status === "copied" ? "Copied" : status === "failed" ? "Copy failed" : idle;
  return (
    <span className="no-print inline-flex items-center">
      <button
        type="button"
        onClick={onClick}
        aria-label={props.label}
        title={props.label}
        data-copy-status={status}
        className="inline-flex min-h-6 min-w-6 items-center justify-center gap-1 rounded border border-line px-1.5 py-0.5 text-xs font-medium text-muted hover:bg-surface hover:text-fg"
      >
        {props.mode === "link" && <LinkIcon />}
        {visible}
      </button>
      <CopyAnnouncement status={status} failed="Could not copy; select the text and copy it" />
    </span>
  );
}
