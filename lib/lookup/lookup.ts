import type { LookupData, LookupGuide } from "./data";
import { compileMatchers, identify } from "./identify";
import { maskSecrets, type MaskResult } from "./mask";
import { recognise, type Recognised } from "./recognise";
import { createSearch } from "./search";

export type LookupCause = { id: string; title: string; url: string };
export type LookupMatch = {
  code?: string;
  provider?: string;
  title: string;
  url: string;
  score: number;
  matchedOn: string;
  /** The cause the text names, when a message of exactly one cause matched. */
  cause?: LookupCause;
};
export type LookupSuggestion = { code?: string; provider?: string; title: string; url: string; score: number };
export type LookupResult = {
  /** The text with secrets masked: the only form that is ever shown or returned. */
  query: string;
  masked: MaskResult["masked"];
  matches: LookupMatch[];
  suggestions: LookupSuggestion[];
  /** What the text says about itself (platform, HTTP status, error code), identified or not. */
  recognised: Recognised;
};

const brief = (g: LookupGuide) => ({ code: g.code, provider: g.provider, title: g.title, url: g.url });

/** The lookup engine for one library: matchers and the search index are built once. */
export function createLookup(data: LookupData) {
  const matchers = compileMatchers(data.guides);
  const search = createSearch(data.guides);
  return (raw: string, { suggestions = 5 } = {}): LookupResult => {
    const { text, masked } = maskSecrets(raw);
    const hits = identify(text, matchers);
    const identified = new Set(hits.map((h) => h.guide.url));
    return {
      query: text,
      masked,
      matches: hits.map((h) => ({
        ...brief(h.guide),
        score: h.score,
        matchedOn: `${h.matchedOn}: ${h.matched}`,
        ...(h.cause && h.guide.causes[h.cause]
          ? { cause: { id: h.cause, title: h.guide.causes[h.cause] ?? h.cause, url: `${h.guide.url}#${h.cause}` } }
          : {}),
      })),
      // Suggestions only when nothing was identified and they are close to the text (search.ts keeps a cut-off).
      suggestions: search(text, suggestions + identified.size)
        .filter((s) => !identified.has(s.guide.url))
        .slice(0, hits.length > 0 ? Math.min(suggestions, 3) : suggestions)
        .map((s) => ({ ...brief(s.guide), score: s.score })),
      recognised: recognise(text, matchers.known),
    };
  };
}

export type Lookup = ReturnType<typeof createLookup>;
