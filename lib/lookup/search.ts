import MiniSearch from "minisearch";
import type { LookupGuide } from "./data";

/** Splits identifiers into their words as well: "InvalidClientTokenId" → invalid client token id. */
export function tokenize(text: string): string[] {
  const tokens: string[] = [];
  for (const raw of text.split(/[^A-Za-z0-9]+/)) {
    if (!raw) continue;
    tokens.push(raw);
    const parts = raw.split(/(?<=[a-z0-9])(?=[A-Z])|(?<=[A-Z])(?=[A-Z][a-z])/);
    if (parts.length > 1) tokens.push(...parts);
  }
  return tokens;
}

export type Suggestion = { guide: LookupGuide; score: number };

const STOP_WORDS = new Set([
  "the",
  "and",
  "for",
  "with",
  "was",
  "not",
  "are",
  "you",
  "this",
  "that",
  "from",
  "when",
  "error",
  "an",
  "in",
  "of",
  "to",
  "is",
  "at",
  "on",
  "by",
  "be",
  "or",
  "it",
  "a",
]);

/** Full-text search over codes, aliases, titles, summaries and headings (MiniSearch: fuzzy and prefix). */
export function createSearch(guides: LookupGuide[]) {
  const search = new MiniSearch<LookupGuide & { id: string; aliasText: string; headingText: string }>({
    idField: "id",
    fields: ["code", "aliasText", "title", "summary", "headingText"],
    tokenize,
    processTerm: (term) => (term.length > 1 ? term.toLowerCase() : null),
    searchOptions: {
      boost: { code: 4, aliasText: 3, title: 2 },
      // Typing: the last word may be unfinished. A short query may be misspelt. A long paste is neither.
      prefix: (term, i, terms) => i === terms.length - 1 && term.length > 2,
      fuzzy: (term, _i, terms) => (terms.length <= 4 && term.length > 4 ? 0.2 : false),
      combineWith: "OR",
    },
  });
  search.addAll(guides.map((g) => ({ ...g, id: g.url, aliasText: g.aliases.join(" "), headingText: g.headings.join(" ") })));
  const byUrl = new Map(guides.map((g) => [g.url, g]));
  return (query: string, limit = 5): Suggestion[] => {
    // A long paste makes a huge query: keep its first distinct words that can mean something (not
    // numbers, ids or hashes), which is where an error's code and message are.
    const words = [...new Set(tokenize(query.slice(0, 2000)).map((w) => w.toLowerCase()))]
      .filter((w) => w.length > 1 && w.length <= 40 && !/^[0-9a-f]*[0-9][0-9a-f]*$/.test(w) && !STOP_WORDS.has(w))
      .slice(0, 24);
    if (words.length === 0) return [];
    const results = search.search(words.join(" "));
    // Relevant, not merely the closest by words: a suggestion must score at least half the best one and
    // match more than one word of a longer text.
    const top = results[0]?.score ?? 0;
    return results
      .filter((r) => r.score >= top * 0.5 && (words.length <= 2 || r.terms.length >= 2))
      .slice(0, limit)
      .flatMap((r) => {
        const guide = byUrl.get(String(r.id));
        return guide ? [{ guide, score: Math.round(r.score * 100) / 100 }] : [];
      });
  };
}
