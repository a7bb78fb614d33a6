import Link from "next/link";
import type { LookupResult } from "@/lib/lookup/lookup";
import { describeMasking } from "@/lib/lookup/mask";
import { GuideCard } from "./guide-choice";

/** Server-rendered lookup results: identifications first, then suggestions (used by /search and /diagnose). */
export function LookupResults({ result, diagnose = false }: { result: LookupResult; diagnose?: boolean }) {
  const masking = describeMasking(result.masked);
  return (
    <div className="mt-6">
      {masking && (
        <p role="note" className="rounded-md border-l-4 border-[var(--warn-line)] bg-[var(--warn-bg)] px-4 py-2 text-sm">
          {masking}
        </p>
      )}
      <h2 className="mt-6 text-xl font-semibold">{result.matches.length > 0 ? "Identified as" : "Not identified"}</h2>
      {result.matches.length === 0 ? (
        <p className="mt-2 text-muted">
          No guide covers this error by its code or message. The closest guides by their words are below.
        </p>
      ) : (
        <ul className="mt-3 grid gap-3">
          {result.matches.map((m) => (
            <GuideCard key={m.url} guide={m}>
              <p className="mt-1 text-sm text-muted">Recognised by the {m.matchedOn.split(":")[0]} in your text</p>
            </GuideCard>
          ))}
        </ul>
      )}
      {result.suggestions.length > 0 && (
        <>
          <h2 className="mt-8 text-xl font-semibold">{diagnose ? "Guides that may be related" : "Suggestions"}</h2>
          <ul className="mt-3 grid gap-2">
            {result.suggestions.map((s) => (
              <li key={s.url}>
                <Link prefetch={false} href={s.url} className="text-accent underline underline-offset-4">
                  {s.code ?? s.title}
                </Link>
                {s.code && <span className="text-muted">: {s.title}</span>}
              </li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}
