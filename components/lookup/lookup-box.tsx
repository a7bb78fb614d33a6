"use client";

import { useRouter } from "next/navigation";
import { useEffect, useId, useRef, useState, type FormEvent, type KeyboardEvent } from "react";
import { guideDestination } from "@/lib/lookup/addresses";
import type { Lookup, LookupResult } from "@/lib/lookup/lookup";
import { describeMasking } from "@/lib/lookup/mask";
import { MAX_QUERY_LENGTH } from "@/lib/lookup/request";
import { providerLabel } from "@/lib/site";
import { AnalyzeOffer, useAnalyzeOffer } from "./analyze-offer";

type Props = {
  /** "hero": the big box on the home page; "bar": the header box; "page": on /search, /diagnose and index pages. */
  variant: "hero" | "bar" | "page";
  /** Where Enter leads: the identified guide, or the identified guide's diagnosis. */
  target?: "guide" | "diagnose";
  /** Focus this box when the reader presses "/" (one box per page takes the shortcut). */
  shortcut?: boolean;
};

type Option = { url: string; label: string; detail: string; kind: "match" | "suggestion" };

/** Loads the lookup engine on first use: its code and index are not part of the page's first load. */
function useLookupEngine() {
  const engine = useRef<Lookup | undefined>(undefined);
  const [state, setState] = useState<"idle" | "loading" | "ready" | "failed">("idle");
  const load = async () => {
    if (engine.current) return engine.current;
    setState("loading");
    try {
      const { loadLookup } = await import("@/lib/lookup/client");
      engine.current = await loadLookup();
      setState("ready");
      return engine.current;
    } catch {
      setState("failed");
      return undefined;
    }
  };
  return { load, state };
}

function toOptions(result: LookupResult | undefined): Option[] {
  if (!result) return [];
  return [
    ...result.matches.map((m) => ({
      url: guideDestination(m),
      label: m.code ?? m.title,
      detail: `${providerLabel(m.provider)} · ${m.cause ? `matched cause: ${m.cause.title}` : m.title}`,
      kind: "match" as const,
    })),
    ...result.suggestions.map((s) => ({
      url: s.url,
      label: s.code ?? s.title,
      detail: s.code ? s.title : providerLabel(s.provider),
      kind: "suggestion" as const,
    })),
  ];
}

/** Rows the field needs for its text: it grows with a multi-line paste, up to a limit, then scrolls. */
function rowsFor(text: string, variant: Props["variant"]): number {
  const lines = text.split("\n").length;
  return Math.min(Math.max(lines, variant === "bar" ? 1 : 2), variant === "bar" ? 4 : 10);
}

/**
 * The lookup box: a text field that takes whole pasted errors (several lines, stack traces) and shows
 * results as you type. Secrets are masked in the browser, in the field itself, before anything is shown or
 * leaves the page. Enter opens the identified guide at the cause the paste names; anything else is posted
 * (the text travels in the request body, never in an address), and without JavaScript it is a plain form.
 * Esc closes the results, and a second Esc clears the field.
 */
export function LookupBox({ variant, target = "guide", shortcut = false }: Props) {
  const id = useId();
  const router = useRouter();
  const input = useRef<HTMLTextAreaElement>(null);
  const form = useRef<HTMLFormElement>(null);
  const { load, state } = useLookupEngine();
  const [value, setValue] = useState("");
  const [result, setResult] = useState<LookupResult>();
  const [active, setActive] = useState(-1);
  const [open, setOpen] = useState(false);
  const options = toOptions(result);
  const analyzeOffer = useAnalyzeOffer();

  useEffect(() => {
    if (!shortcut) return;
    const onKey = (event: globalThis.KeyboardEvent) => {
      const typing = event.target instanceof HTMLElement && event.target.closest("input, textarea, select, [contenteditable]");
      if (event.key === "/" && !typing && !event.metaKey && !event.ctrlKey && !event.altKey) {
        event.preventDefault();
        input.current?.focus();
      }
    };
    document.addEventListener("keydown", onKey);
    return () => document.removeEventListener("keydown", onKey);
  }, [shortcut]);

  const run = async (text: string) => {
    const engine = await load();
    if (!engine || text.trim() === "") {
      setResult(undefined);
      return;
    }
    const next = engine(text);
    // Whatever was masked is replaced in the field too: the secret is no longer on the page.
    if (next.masked.length > 0 && next.query !== text) setValue(next.query);
    setResult(next);
    setActive(-1);
    setOpen(true);
  };

  // Text typed or pasted before the page finished loading is in the field but not in React's state yet:
  // pick it up once, so the results show without another keystroke.
  useEffect(() => {
    const early = input.current?.value ?? "";
    if (early) {
      setValue(early);
      void run(early);
    }
    // Runs once, after hydration; `run` is only read at that moment.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  const go = (url: string) => {
    setOpen(false);
    router.push(url);
  };

  const submit = async (event?: FormEvent<HTMLFormElement>) => {
    event?.preventDefault();
    const chosen = active >= 0 ? options[active] : undefined;
    if (chosen && (target === "guide" || chosen.kind === "suggestion")) return go(chosen.url);
    const engine = await load();
    const current = engine && value.trim() ? engine(value) : undefined;
    const best = current?.matches[0];
    if (target === "guide" && best) return go(guideDestination(best));
    // A diagnosis (the server walks the tree as far as the paste answers it), a paste nothing identifies,
    // or an engine that did not load: post it. The field already holds the masked text.
    form.current?.submit();
  };

  const onKeyDown = (event: KeyboardEvent<HTMLTextAreaElement>) => {
    if (event.key === "ArrowDown" && options.length > 0) {
      event.preventDefault();
      setOpen(true);
      setActive((i) => (i + 1) % options.length);
    } else if (event.key === "ArrowUp" && options.length > 0) {
      event.preventDefault();
      setOpen(true);
      setActive((i) => (i <= 0 ? options.length - 1 : i - 1));
    } else if (event.key === "Escape") {
      event.preventDefault();
      if (open && options.length > 0) {
        setOpen(false);
        setActive(-1);
      } else {
        setValue("");
        setResult(undefined);
        analyzeOffer.clear();
      }
    } else if (event.key === "Enter" && !event.shiftKey) {
      // Enter looks the error up; Shift+Enter starts a new line.
      event.preventDefault();
      void submit();
    }
  };

  const listId = `${id}-results`;
  const showList = open && options.length > 0;
  const masking = result ? describeMasking(result.masked) : undefined;
  const big = variant === "hero" || variant === "page";
  const status =
    state === "failed"
      ? "The lookup could not load here; press Enter to look it up on the server."
      : state === "loading" && value.trim()
        ? "Looking up…"
        : (masking ?? (result ? `${result.matches.length} identified, ${result.suggestions.length} suggested` : ""));
  return (
    <form
      ref={form}
      method="post"
      action="/api/lookup"
      onSubmit={(e) => void submit(e)}
      role="search"
      aria-label={variant === "bar" ? "Look up an error" : undefined}
      className="relative w-full"
    >
      <input type="hidden" name="target" value={target} />
      <label htmlFor={`${id}-input`} className={big ? "mb-2 block font-semibold" : "sr-only"}>
        Paste an error or a code
      </label>
      <div className="flex items-start gap-2">
        <textarea
          ref={input}
          id={`${id}-input`}
          name="q"
          rows={rowsFor(value, variant)}
          aria-controls={listId}
          aria-autocomplete="list"
          aria-describedby={`${id}-status`}
          aria-activedescendant={showList && active >= 0 ? `${id}-option-${active}` : undefined}
          autoComplete="off"
          spellCheck={false}
          maxLength={MAX_QUERY_LENGTH}
          value={value}
          placeholder={big ? "e.g. An error occurred (AuthFailure) when calling…" : "Paste an error or code   /"}
          onChange={(e) => {
            setValue(e.target.value);
            // Before run() masks the field: the analyzers need the artifact as it was pasted.
            void analyzeOffer.check(e.target.value);
            void run(e.target.value);
          }}
          onFocus={() => {
            void load();
            if (result) setOpen(true);
          }}
          onBlur={() => setTimeout(() => setOpen(false), 150)}
          onKeyDown={onKeyDown}
          className={`lookup-field w-full resize-none rounded-md border border-line bg-bg px-3 font-mono ${big ? "py-3 text-base" : "py-1.5 text-sm"}`}
        />
        <button type="submit" className={`shrink-0 rounded-md bg-accent px-4 font-medium text-bg ${big ? "py-3" : "py-1.5 text-sm"}`}>
          {target === "diagnose" ? "Diagnose" : "Find"}
        </button>
      </div>
      {analyzeOffer.offer && <AnalyzeOffer offer={analyzeOffer.offer} onDone={analyzeOffer.clear} />}
      <p
        id={`${id}-status`}
        role="status"
        className={masking || state === "failed" || (state === "loading" && value.trim()) ? "mt-2 text-sm text-muted" : "sr-only"}
      >
        {status}
      </p>
      <ul
        id={listId}
        role="listbox"
        aria-label="Lookup results"
        hidden={!showList}
        className="absolute z-20 mt-1 max-h-96 w-full overflow-auto rounded-md border border-line bg-bg shadow-lg"
      >
        {options.map((option, index) => (
          <li
            key={`${option.kind}-${option.url}`}
            id={`${id}-option-${index}`}
            role="option"
            aria-selected={index === active}
            onMouseDown={(e) => e.preventDefault()}
            onClick={() => go(option.url)}
            className={`cursor-pointer px-3 py-2 ${index === active ? "bg-accent-soft" : "hover:bg-surface"}`}
          >
            <span className="mr-2 text-xs font-medium uppercase text-muted">{option.kind === "match" ? "Identified" : "Suggestion"}</span>
            <span className="font-mono font-semibold">{option.label}</span>
            <span className="block text-sm text-muted">{option.detail}</span>
          </li>
        ))}
      </ul>
    </form>
  );
}
