"use client";

import { useEffect, useRef, useState } from "react";

export type CopyStatus = "idle" | "copied" | "failed";

const SHOW_FOR_MS = 2500;

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
    setTimeout(() => setStatus("idle"), SHOW_FOR_MS);
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

/** What a `button[data-copy]` copies; see components/copy-button.tsx. */
function textToCopy(button: HTMLElement): string {
  const mode = button.dataset.copy;
  if (mode === "link") return `${location.origin}${location.pathname}#${button.dataset.anchor ?? ""}`;
  if (mode === "ticket") return button.closest("[data-ticket]")?.querySelector("pre")?.textContent ?? "";
  const code = button.closest("[data-code-block]")?.querySelector("pre code");
  return code instanceof HTMLElement ? code.innerText.replace(/\n$/, "") : "";
}

/**
 * One click listener for every copy button on the page (they are plain server-rendered buttons). It
 * marks the clicked button with `data-copy-status` for 2.5 s, which swaps its visible text, and announces
 * the outcome in one status region.
 */
export function CopyOnClick() {
  const [status, setStatus] = useState<CopyStatus>("idle");
  const timer = useRef<ReturnType<typeof setTimeout>>(undefined);

  useEffect(() => {
    const onClick = async (event: MouseEvent) => {
      const button = event.target instanceof Element ? event.target.closest("button[data-copy]") : null;
      if (!(button instanceof HTMLElement)) return;
      let outcome: CopyStatus;
      try {
        await navigator.clipboard.writeText(textToCopy(button));
        outcome = "copied";
      } catch {
        outcome = "failed";
      }
      clearTimeout(timer.current);
      document.querySelectorAll("[data-copy-status]").forEach((other) => other.removeAttribute("data-copy-status"));
      button.dataset.copyStatus = outcome;
      setStatus(outcome);
      timer.current = setTimeout(() => {
        button.removeAttribute("data-copy-status");
        setStatus("idle");
      }, SHOW_FOR_MS);
    };
    document.addEventListener("click", onClick);
    return () => {
      document.removeEventListener("click", onClick);
      clearTimeout(timer.current);
    };
  }, []);

  return <CopyAnnouncement status={status} failed="Could not copy; select the text and copy it" />;
}
