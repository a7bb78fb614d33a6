import type { Article } from "../content";

/**
 * What the lookup knows about one guide: plain data, built from the guide's frontmatter (code,
 * aliases, messages) and headings, small enough to ship to the browser as JSON.
 */
export type LookupGuide = {
  url: string;
  title: string;
  summary: string;
  code?: string;
  provider?: string;
  /** 1: a specific code or message (AWS, gRPC, CORS…); 2: a bare HTTP status, which any specific code beats. */
  tier: 1 | 2;
  /** CamelCase codes and aliases, found as whole words, case-sensitive (`AuthFailure`, `codes.PermissionDenied`). */
  words: string[];
  /** Literal message fragments, found case-insensitively. */
  fragments: string[];
  /** Regular expressions (JavaScript syntax), case-insensitive. */
  patterns: string[];
  /** Other names for the code (all aliases), for short links and search. */
  aliases: string[];
  headings: string[];
};

export type LookupData = { guides: LookupGuide[] };

/**
 * Only identifier-shaped names are matched as words: they contain a lower-case letter followed by an
 * upper-case one (AuthFailure, ValidationException). Numbers, ALL_CAPS codes and plain words (400,
 * UNAUTHENTICATED, Forbidden) are too common in other errors; their guides identify them with messages.
 */
export function isWordLike(name: string): boolean {
  return /[a-z][A-Z]/.test(name);
}

export function buildLookupData(articles: Article[]): LookupData {
  return {
    guides: articles.map((a) => {
      const names = [...a.meta.codes, ...a.meta.aliases];
      return {
        url: a.url,
        title: a.meta.title,
        summary: a.meta.summary,
        code: a.meta.codes[0],
        provider: a.provider,
        tier: a.provider === "http" ? 2 : 1,
        words: names.filter(isWordLike),
        fragments: a.meta.messages.flatMap((m) => (m.text ? [m.text] : [])),
        patterns: a.meta.messages.flatMap((m) => (m.pattern ? [m.pattern] : [])),
        aliases: [...a.meta.codes.slice(1), ...a.meta.aliases],
        headings: a.toc.map((t) => t.text),
      };
    }),
  };
}
