import type { Article } from "../content";

/** A message of a guide that identifies it, and maybe one of its causes. */
export type LookupMessage = { value: string; cause?: string };

/**
 * What the lookup knows about one guide: plain data, built from the guide's frontmatter (codes, aliases,
 * messages with their causes) and headings, small enough to ship to the browser as JSON.
 */
export type LookupGuide = {
  url: string;
  title: string;
  summary: string;
  code?: string;
  provider?: string;
  /**
   * How specific a match on this guide is: 1 a platform's own error (AWS, Google, Azure, OAuth, JWT…),
   * 2 a gRPC status, 3 a bare HTTP status. A more specific guide always ranks first.
   */
  tier: 1 | 2 | 3;
  /** Identifier-shaped codes and aliases, found as whole words, case-sensitive (`AuthFailure`, `codes.PermissionDenied`). */
  words: string[];
  /** Every code, alias and the slug, compared whole against a short query (`403`, `CORS`, `aadsts700016`). */
  names: string[];
  /** Literal message fragments, found case-insensitively. */
  fragments: LookupMessage[];
  /** Regular expressions (JavaScript syntax), case-insensitive. */
  patterns: LookupMessage[];
  /** The HTTP status a bare-status guide stands for (`/errors/http/403` → 403). */
  status?: number;
  /** The gRPC status number a gRPC guide stands for (`PERMISSION_DENIED` → 7). */
  grpc?: number;
  /** Other names for the code (all aliases), for short links and search. */
  aliases: string[];
  headings: string[];
  /** Cause titles by id, for "matched your error". */
  causes: Record<string, string>;
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

/** The canonical gRPC status codes (grpc/grpc doc/statuscodes.md): name → number. */
export const GRPC_CODES: Record<string, number> = {
  OK: 0,
  CANCELLED: 1,
  UNKNOWN: 2,
  INVALID_ARGUMENT: 3,
  DEADLINE_EXCEEDED: 4,
  NOT_FOUND: 5,
  ALREADY_EXISTS: 6,
  PERMISSION_DENIED: 7,
  RESOURCE_EXHAUSTED: 8,
  FAILED_PRECONDITION: 9,
  ABORTED: 10,
  OUT_OF_RANGE: 11,
  UNIMPLEMENTED: 12,
  INTERNAL: 13,
  UNAVAILABLE: 14,
  DATA_LOSS: 15,
  UNAUTHENTICATED: 16,
};

/**
 * A platform's own guide (tier 1) before a protocol's (tier 2: gRPC, OAuth, JWT) before a bare HTTP status
 * (tier 3): Google's `invalid_grant: Token has been expired or revoked` is Google's guide first, OAuth's second.
 */
function tierOf(provider: string | undefined): LookupGuide["tier"] {
  return provider === "http" ? 3 : provider === "grpc" || provider === "oauth" || provider === "jwt" ? 2 : 1;
}

export function buildLookupData(articles: Article[]): LookupData {
  return {
    guides: articles.map((a) => {
      const names = [...a.meta.codes, ...a.meta.aliases];
      const status = a.provider === "http" ? (a.meta.httpStatus ?? Number(a.meta.codes.find((c) => /^\d{3}$/.test(c)))) : undefined;
      const grpc = a.provider === "grpc" ? a.meta.codes.map((c) => GRPC_CODES[c]).find((n) => n !== undefined) : undefined;
      return {
        url: a.url,
        title: a.meta.title,
        summary: a.meta.summary,
        code: a.meta.codes[0],
        provider: a.provider,
        tier: tierOf(a.provider),
        words: names.filter(isWordLike),
        names: [...names, a.slug],
        fragments: a.meta.messages.flatMap((m) => (m.text ? [{ value: m.text, cause: m.cause }] : [])),
        patterns: a.meta.messages.flatMap((m) => (m.pattern ? [{ value: m.pattern, cause: m.cause }] : [])),
        ...(status !== undefined && Number.isFinite(status) ? { status } : {}),
        ...(grpc !== undefined ? { grpc } : {}),
        aliases: [...a.meta.codes.slice(1), ...a.meta.aliases],
        headings: a.toc.map((t) => t.text),
        causes: Object.fromEntries(a.causes.map((c) => [c.id, c.title])),
      };
    }),
  };
}
