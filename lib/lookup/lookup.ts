import type { LookupData, LookupGuide } from "./data";
import { compileMatchers, identify } from "./identify";
import { maskSecrets, type MaskResult } from "./mask";
import { createSearch } from "./search";

export type LookupMatch = { code?: string; provider?: string; title: string; url: string; score: number; matchedOn: string };
export type LookupSuggestion = { code?: string; provider?: string; title: string; url: string; score: number };
export type LookupResult = {
  /** The text with secrets masked: the only form that is ever shown, put in a URL or returned. */
  query: string;
  masked: MaskResult["masked"];
  matches: LookupMatch[];
  suggestions: LookupSuggestion[];
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
      matches: hits.map((h) => ({ ...brief(h.guide), score: h.score, matchedOn: `${h.matchedOn}: ${h.matched}` })),
      suggestions: search(text, suggestions + identified.size)
        .filter((s) => !identified.has(s.guide.url))
        .slice(0, suggestions)
        .map((s) => ({ ...brief(s.guide), score: s.score })),
    };
  };
}

export type Lookup = ReturnType<typeof createLookup>;
