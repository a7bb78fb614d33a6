"use client";

import { useCallback, useEffect, useRef, useState } from "react";
import { absolutize, publicOrigin } from "@/lib/public-origin";

export type CopyStatus = "idle" | "copied" | "failed";

const SHOW_FOR_MS = 2500;

/**
 * Copies a text to the clipboard (the text may be fetched first) and reports how it went for 2.5 s; a
 * second copy within that time starts the 2.5 s again. `copy` resolves to the outcome and never changes.
 */
export function useCopy(): [CopyStatus, (text: () => string | Promise<string>) => Promise<CopyStatus>] {
  const [status, setStatus] = useState<CopyStatus>("idle");
  const timer = useRef<ReturnType<typeof setTimeout>>(undefined);
  useEffect(() => () => clearTimeout(timer.current), []);
  const copy = useCallback(async (text: () => string | Promise<string>) => {
    let outcome: CopyStatus;
    try {
      await navigator.clipboard.writeText(await text());
      outcome = "copied";
    } catch {
      outcome = "failed";
    }
    clearTimeout(timer.current);
    setStatus(outcome);
    timer.current = setTimeout(() => setStatus("idle"), SHOW_FOR_MS);
    return outcome;
  }, []);
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
  if (mode === "link") return `${publicOrigin()}${location.pathname}#${button.dataset.anchor ?? ""}`;
  if (mode === "ticket") return absolutize(button.closest("[data-ticket]")?.querySelector("pre")?.textContent ?? "", publicOrigin());
  if (mode === "command") return button.dataset.command ?? "";
  const code = button.closest("[data-code-block]")?.querySelector("pre code");
  return code instanceof HTMLElement ? commandsOf(code.innerText.replace(/\n$/, ""), code.dataset.language) : "";
}

/**
 * A terminal session (a `console` block) copies as the commands alone: the `$ ` prompts and the output
 * lines stay behind. Other blocks copy as they are.
 */
export function commandsOf(text: string, language: string | undefined): string {
  if (language !== "console") return text;
  const lines = text.split("\n");
  const commands = lines.filter((line) => /^\$ /.test(line)).map((line) => line.slice(2));
  return commands.length > 0 ? commands.join("\n") : text;
}

/**
 * One click listener for every copy button on the page (they are plain server-rendered buttons). It
 * marks the clicked button with `data-copy-status` for 2.5 s, which swaps its visible text, and announces
 * the outcome in one status region.
 */
export function CopyOnClick() {
  const [status, copy] = useCopy();

  useEffect(() => {
    // Ticket summaries are written with site-relative links when no public origin is set: complete them
    // with this page's origin, so the preview and the clipboard say the same thing.
    for (const pre of document.querySelectorAll<HTMLElement>("[data-ticket] pre")) {
      const text = pre.textContent ?? "";
      const absolute = absolutize(text, publicOrigin());
      if (absolute !== text) pre.textContent = absolute;
    }
    let marked: HTMLElement | undefined;
    let unmark: ReturnType<typeof setTimeout> | undefined;
    const onClick = async (event: MouseEvent) => {
      const button = event.target instanceof Element ? event.target.closest("button[data-copy]") : null;
      if (!(button instanceof HTMLElement)) return;
      const outcome = await copy(() => textToCopy(button));
      clearTimeout(unmark);
      marked?.removeAttribute("data-copy-status");
      button.dataset.copyStatus = outcome;
      marked = button;
      unmark = setTimeout(() => button.removeAttribute("data-copy-status"), SHOW_FOR_MS);
    };
    document.addEventListener("click", onClick);
    return () => {
      document.removeEventListener("click", onClick);
      clearTimeout(unmark);
    };
  }, [copy]);

  return <CopyAnnouncement status={status} failed="Could not copy; select the text and copy it" />;
}
