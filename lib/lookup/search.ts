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

/** Full-text search over codes, aliases, titles, summaries and headings (MiniSearch: fuzzy and prefix). */
export function createSearch(guides: LookupGuide[]) {
  const search = new MiniSearch<LookupGuide & { id: string; aliasText: string; headingText: string }>({
    idField: "id",
    fields: ["code", "aliasText", "title", "summary", "headingText"],
    tokenize,
    processTerm: (term) => (term.length > 1 ? term.toLowerCase() : null),
    searchOptions: {
      boost: { code: 4, aliasText: 3, title: 2 },
      prefix: (term) => term.length > 2,
      fuzzy: (term) => (term.length > 4 ? 0.2 : false),
      combineWith: "OR",
    },
  });
  search.addAll(guides.map((g) => ({ ...g, id: g.url, aliasText: g.aliases.join(" "), headingText: g.headings.join(" ") })));
  const byUrl = new Map(guides.map((g) => [g.url, g]));
  return (query: string, limit = 5): Suggestion[] => {
    // A long paste makes a huge query; its first distinct words carry what matters.
    const words = [...new Set(tokenize(query.slice(0, 2000)).map((w) => w.toLowerCase()))].slice(0, 60);
    if (words.length === 0) return [];
    return search
      .search(words.join(" "))
      .slice(0, limit)
      .flatMap((r) => {
        const guide = byUrl.get(String(r.id));
        return guide ? [{ guide, score: Math.round(r.score * 100) / 100 }] : [];
      });
  };
}
