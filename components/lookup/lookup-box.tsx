"use client";

import { useRouter } from "next/navigation";
import { useEffect, useId, useRef, useState, type FormEvent, type KeyboardEvent } from "react";
import type { Lookup, LookupResult } from "@/lib/lookup/lookup";
import { describeMasking } from "@/lib/lookup/mask";
import { MAX_QUERY_LENGTH } from "@/lib/lookup/request";
import { providerLabel } from "@/lib/site";

type Props = {
  /** "hero": the big box on the home page; "bar": the header box; "page": on /search and /diagnose. */
  variant: "hero" | "bar" | "page";
  /** Where Enter leads: the identified guide, or the identified guide's diagnosis. */
  target?: "guide" | "diagnose";
  initial?: string;
  /** Focus this box when the reader presses "/" (one box per page takes the shortcut). */
  shortcut?: boolean;
};

type Option = { url: string; label: string; detail: string; kind: "match" | "suggestion" };

/** Loads the lookup engine on first use: its code and index are not part of the page's first load. */
function useLookupEngine() {
  const engine = useRef<Lookup | undefined>(undefined);
  const [failed, setFailed] = useState(false);
  const load = async () => {
    if (engine.current) return engine.current;
    try {
      const { loadLookup } = await import("@/lib/lookup/client");
      engine.current = await loadLookup();
      setFailed(false);
      return engine.current;
    } catch {
      setFailed(true);
      return undefined;
    }
  };
  return { load, failed };
}

function toOptions(result: LookupResult | undefined): Option[] {
  if (!result) return [];
  return [
    ...result.matches.map((m) => ({ url: m.url, label: m.code ?? m.title, detail: `${providerLabel(m.provider)} · ${m.title}`, kind: "match" as const })),
    ...result.suggestions.map((s) => ({ url: s.url, label: s.code ?? s.title, detail: s.code ? s.title : providerLabel(s.provider), kind: "suggestion" as const })),
  ];
}

/**
 * The lookup box: an accessible combobox. Results appear as you type; Enter opens the best
 * identification, or the suggestions page. Secrets are masked in the browser, in the box itself,
 * before anything is shown or leaves the page. Without JavaScript it is a form that POSTs the text.
 */
export function LookupBox({ variant, target = "guide", initial = "", shortcut = false }: Props) {
  const id = useId();
  const router = useRouter();
  const input = useRef<HTMLInputElement>(null);
  const { load, failed } = useLookupEngine();
  const [value, setValue] = useState(initial);
  const [result, setResult] = useState<LookupResult>();
  const [active, setActive] = useState(-1);
  const [open, setOpen] = useState(false);
  const options = toOptions(result);

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
    // Whatever was masked is replaced in the box too: the secret is no longer on the page.
    if (next.masked.length > 0 && next.query !== text) setValue(next.query);
    setResult(next);
    setActive(-1);
    setOpen(true);
  };

  // Text typed or pasted before the page finished loading is in the box but not in React's state yet:
  // pick it up once, so the results show without another keystroke.
  useEffect(() => {
    const early = input.current?.value ?? "";
    if (early && early !== initial) {
      setValue(early);
      void run(early);
    }
    // Runs once, after hydration; `run` and `initial` are only read at that moment.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  const go = (url: string) => {
    setOpen(false);
    router.push(url);
  };

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = event.currentTarget;
    const engine = await load();
    if (!engine) {
      // The engine did not load: fall back to the server, which masks again.
      form.submit();
      return;
    }
    const current = engine(value);
    const chosen = active >= 0 ? options[active] : undefined;
    if (chosen) return go(target === "diagnose" && chosen.kind === "match" ? `/diagnose?q=${encodeURIComponent(current.query)}` : chosen.url);
    const best = current.matches[0];
    if (target === "diagnose") return go(`/diagnose?q=${encodeURIComponent(current.query)}`);
    go(best ? best.url : `/search?q=${encodeURIComponent(current.query)}`);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === "ArrowDown" && options.length > 0) {
      event.preventDefault();
      setOpen(true);
      setActive((i) => (i + 1) % options.length);
    } else if (event.key === "ArrowUp" && options.length > 0) {
      event.preventDefault();
      setOpen(true);
      setActive((i) => (i <= 0 ? options.length - 1 : i - 1));
    } else if (event.key === "Escape") {
      setOpen(false);
      setActive(-1);
    }
  };

  const listId = `${id}-results`;
  const showList = open && options.length > 0;
  const masking = result ? describeMasking(result.masked) : undefined;
  const big = variant === "hero" || variant === "page";
  return (
    <form method="post" action="/api/lookup" onSubmit={submit} role="search" aria-label={variant === "bar" ? "Look up an error" : undefined} className="relative w-full">
      <input type="hidden" name="target" value={target} />
      <label htmlFor={`${id}-input`} className={big ? "mb-2 block font-semibold" : "sr-only"}>
        Paste an error or a code
      </label>
      <div className="flex gap-2">
        <input
          ref={input}
          id={`${id}-input`}
          name="q"
          type="search"
          role="combobox"
          aria-expanded={showList}
          aria-controls={listId}
          aria-autocomplete="list"
          aria-activedescendant={showList && active >= 0 ? `${id}-option-${active}` : undefined}
          autoComplete="off"
          spellCheck={false}
          maxLength={MAX_QUERY_LENGTH}
          value={value}
          placeholder={big ? "e.g. An error occurred (AuthFailure) when calling…" : "Paste an error or code   /"}
          onChange={(e) => {
            setValue(e.target.value);
            void run(e.target.value);
          }}
          onFocus={() => {
            void load();
            if (result) setOpen(true);
          }}
          onBlur={() => setTimeout(() => setOpen(false), 150)}
          onKeyDown={onKeyDown}
          className={`w-full rounded-md border border-line bg-bg px-3 font-mono ${big ? "py-3 text-base" : "py-1.5 text-sm"}`}
        />
        <button type="submit" className={`shrink-0 rounded-md bg-accent px-4 font-medium text-bg ${big ? "py-3" : "py-1.5 text-sm"}`}>
          {target === "diagnose" ? "Diagnose" : "Find"}
        </button>
      </div>
      <p role="status" className={masking || failed ? "mt-2 text-sm text-muted" : "sr-only"}>
        {failed
          ? "The lookup could not load; press Enter to search on the server."
          : masking ?? (result ? `${result.matches.length} identified, ${result.suggestions.length} suggested` : "")}
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
