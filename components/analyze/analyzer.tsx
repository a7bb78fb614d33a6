"use client";

import { useEffect, useId, useMemo, useState } from "react";
import type { CodeRoute, PasteAnalysis } from "@/lib/analyze";
import { onHandOver, takeHandedOver } from "@/lib/analyze/handover";
import { AnalysisCard } from "./analysis-card";
import { ClockCheck } from "./clock-check";
import { ExpectedValues, type Expected } from "./expected-values";
import { FindingsTicket } from "./findings-ticket";

type Engine = typeof import("@/lib/analyze");

/** The analyzers are a chunk of their own, loaded by this page only (and never by guide pages). */
function useEngine(): Engine | undefined | "failed" {
  const [engine, setEngine] = useState<Engine | "failed">();
  useEffect(() => {
    import("@/lib/analyze").then(setEngine, () => setEngine("failed"));
  }, []);
  return engine;
}

/**
 * The analyzer island: a field that is never part of a form (nothing to submit, so the text cannot end
 * up in an address or a request), the findings, the ticket summary and the clock check. The text lives in
 * React state only; a reload forgets it.
 */
export function Analyzer({ codes }: { codes: Record<string, CodeRoute> }) {
  const id = useId();
  const engine = useEngine();
  const [paste, setPaste] = useState({ text: "", at: 0 });
  const text = paste.text;
  // Expiries are judged against the time of the paste, so a re-render never changes a finding.
  const setText = (next: string) => setPaste({ text: next, at: Date.now() });
  const [expected, setExpected] = useState<Expected>({ audience: "", issuer: "" });

  // A paste handed over by the lookup box ("Analyze this"), now or later (the header's box on this page).
  useEffect(() => {
    const take = () => {
      const handed = takeHandedOver();
      if (handed !== undefined) setPaste({ text: handed, at: Date.now() });
    };
    take();
    return onHandOver(take);
  }, []);

  const ready = engine !== undefined && engine !== "failed";
  const result: PasteAnalysis | undefined = useMemo(
    () =>
      ready
        ? engine.analyzePaste(paste.text, {
            now: paste.at,
            codes,
            expectedAudience: expected.audience.trim() || undefined,
            expectedIssuer: expected.issuer.trim() || undefined,
          })
        : undefined,
    [ready, engine, paste, codes, expected],
  );
  const analyses = result?.analyses ?? [];
  const problems = analyses.reduce((n, a) => n + a.findings.filter((f) => f.severity === "problem").length, 0);

  return (
    <div className="mt-8">
      <label htmlFor={`${id}-paste`} className="block text-lg font-semibold">
        Paste a URL, token, header or error body
      </label>
      <p id={`${id}-hint`} className="mt-1 text-sm text-muted">
        Read as you paste. Paste an access key ID, never its secret.
      </p>
      <textarea
        id={`${id}-paste`}
        aria-describedby={`${id}-hint`}
        value={text}
        onChange={(e) => setText(e.target.value)}
        rows={8}
        // Spell checkers, autofill and writing assistants may send what is typed elsewhere: all off.
        spellCheck={false}
        autoComplete="off"
        autoCorrect="off"
        autoCapitalize="off"
        data-gramm="false"
        data-lt-active="false"
        className="mt-2 w-full rounded-md border border-line bg-bg px-3 py-2 font-mono text-sm"
        placeholder="https://bucket.s3.eu-west-1.amazonaws.com/key?X-Amz-Algorithm=AWS4-HMAC-SHA256&…   or   eyJhbGciOi…"
      />
      <div className="mt-2 flex flex-wrap gap-2">
        <button
          type="button"
          onClick={() => setText("")}
          disabled={text === ""}
          className="rounded-md border border-line px-3 py-1.5 text-sm"
        >
          Clear
        </button>
      </div>
      <ExpectedValues value={expected} onChange={setExpected} />

      <div role="status" aria-live="polite" className="mt-4" data-analyze-status>
        {engine === "failed" ? (
          <p>The analyzers could not load. Reload the page to try again.</p>
        ) : !ready ? (
          text && <p>Loading the analyzers…</p>
        ) : result?.message ? (
          <p className="rounded-md border-l-4 border-[var(--warn-line)] bg-[var(--warn-bg)] px-4 py-3" data-analyze-message>
            {result.message}
          </p>
        ) : (
          analyses.length > 0 && (
            <p className="text-sm text-muted">
              Read {analyses.length === 1 ? "1 artifact" : `${analyses.length} artifacts`}:{" "}
              {problems === 1 ? "1 problem" : `${problems} problems`} found.
            </p>
          )
        )}
      </div>

      {analyses.map((analysis, index) => (
        <AnalysisCard key={`${analysis.kind}-${index}`} analysis={analysis} index={index} />
      ))}
      {ready && analyses.length > 0 && <FindingsTicket analyses={analyses} />}
      {ready && <ClockCheck readClock={engine.readClock} />}
    </div>
  );
}
