import type { LookupGuide } from "./data";
import { grpcStatuses, httpStatuses, unknownCodes } from "./recognise";
import { chooseTriggers, fragmentTriggers, patternTriggers, textWords, wordTriggers } from "./triggers";

export type Evidence = "code" | "alias" | "message" | "status";

export type Identification = {
  guide: LookupGuide;
  /** Where in the text the first evidence starts, and what it was. */
  index: number;
  matched: string;
  matchedOn: Evidence;
  /** The cause the text identifies, when a message of that cause (and of no other) matched. */
  cause?: string;
  score: number;
};

type Hit = { index: number; length: number };

type Matcher = {
  guide: LookupGuide;
  kind: Evidence;
  cause?: string;
  /** Words that any text this matcher matches contains as whole words (see triggers.ts). */
  candidates: string[];
  test: (text: string, lower: string, flat: Flat) => Hit | undefined;
};

/**
 * The text lower-cased with every run of white space as one space, and where each of its characters
 * stood in the text: terminals and log viewers wrap long messages (`…Application Default\nCredentials…`),
 * and a wrapped message is still the message.
 */
type Flat = { text: string; at: number[] };
function flatten(lower: string): Flat {
  let text = "";
  const at: number[] = [];
  for (let i = 0; i < lower.length; i++) {
    const white = /\s/.test(lower[i] ?? "");
    if (white && text.endsWith(" ")) continue;
    text += white ? " " : lower[i];
    at.push(i);
  }
  return { text, at };
}

/** The matchers, indexed by trigger word; those without a trigger are always tested. */
export type MatcherIndex = {
  byTrigger: Map<string, Matcher[]>;
  always: Matcher[];
  /** Guides by every name, normalised: a query that is only a name (`403`, `CORS`, `aadsts700016`). */
  byName: Map<string, LookupGuide[]>;
  byStatus: Map<number, LookupGuide[]>;
  byGrpc: Map<number, LookupGuide[]>;
  /** Every code and alias of every guide: a code-shaped word outside this set is an error Fixpath does not cover. */
  known: Set<string>;
};

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
const normalise = (s: string) =>
  s
    .trim()
    .toLowerCase()
    .replace(/[\s_]+/g, "-");

function push<K, V>(map: Map<K, V[]>, key: K, value: V) {
  map.set(key, [...(map.get(key) ?? []), value]);
}

/** Compiles every guide's matchers once; pure and synchronous, so it runs the same in Node and the browser. */
export function compileMatchers(guides: LookupGuide[]): MatcherIndex {
  const matchers: Matcher[] = [];
  const regex = (re: RegExp) => (text: string) => {
    const m = re.exec(text);
    return m ? { index: m.index, length: m[0].length } : undefined;
  };
  const index: MatcherIndex = {
    byTrigger: new Map(),
    always: [],
    byName: new Map(),
    byStatus: new Map(),
    byGrpc: new Map(),
    known: new Set(),
  };
  for (const guide of guides) {
    for (const word of guide.words) {
      // A whole identifier: not part of a longer name, nor the tail of a dotted path (java.nio.file.AccessDeniedException).
      // A code glued to its message still counts (`InvalidClientTokenIdThe security token…`): a capitalised
      // word followed by a lower-case word starts a sentence, not a longer name.
      const re = new RegExp(`(?<![A-Za-z0-9_.\\-])${escape(word)}(?:(?![A-Za-z0-9_])|(?=[A-Z][a-z]+\\s+[a-z]))`);
      matchers.push({ guide, kind: word === guide.code ? "code" : "alias", candidates: wordTriggers(word), test: regex(re) });
    }
    for (const { value, cause } of guide.fragments) {
      const needle = value.toLowerCase().replace(/\s+/g, " ");
      matchers.push({
        guide,
        kind: "message",
        cause,
        candidates: fragmentTriggers(value),
        test: (_text, lower, flat) => {
          const at = lower.indexOf(needle);
          if (at >= 0) return { index: at, length: needle.length };
          const wrapped = flat.text.indexOf(needle);
          if (wrapped < 0) return undefined;
          const start = flat.at[wrapped] ?? 0;
          return { index: start, length: (flat.at[wrapped + needle.length - 1] ?? start) + 1 - start };
        },
      });
    }
    for (const { value, cause } of guide.patterns) {
      matchers.push({ guide, kind: "message", cause, candidates: patternTriggers(value), test: regex(new RegExp(value, "i")) });
    }
    for (const name of guide.names) push(index.byName, normalise(name), guide);
    for (const name of [guide.code, ...guide.aliases]) if (name) index.known.add(name);
    if (guide.status !== undefined) push(index.byStatus, guide.status, guide);
    if (guide.grpc !== undefined) push(index.byGrpc, guide.grpc, guide);
  }
  const triggers = chooseTriggers(matchers.map((m) => m.candidates));
  matchers.forEach((matcher, i) => {
    const trigger = triggers[i];
    if (!trigger) index.always.push(matcher);
    else push(index.byTrigger, trigger, matcher);
  });
  return index;
}

/**
 * A paste can carry an error as JSON inside JSON (`"message": "{\n  \"error\": {… \"status\": \"INVALID_ARGUMENT\"…`):
 * the escaped copy is read as well, once unescaped.
 */
function readable(text: string): string {
  if (!/\\["n]/.test(text)) return text;
  const unescaped = text.replace(/\\\\/g, "\\").replace(/\\"/g, '"').replace(/\\n/g, "\n").replace(/\\t/g, "\t");
  return `${text}\n${unescaped}`;
}

type Best = Identification & { length: number; causes: Set<string> };

/** Words of a rate limit or a quota: the paste is about throttling, whatever status comes with it. */
const ABOUT_LIMITS = /\brate[- ]?limit|\brate exceeded|\btoo many requests|\bthrottl|\bquota (?:exceeded|exhausted)|\bslow down\b/i;

/**
 * How much a kind of evidence says. A guide's code and its messages name the error; an alias is often a
 * client's wrapper for several errors (`CredentialsProviderError`), so a message of another guide outranks
 * it; a status alone says least.
 */
const STRENGTH: Record<Evidence, number> = { code: 0, message: 0, alias: 1, status: 2 };

/**
 * The guides a text is identified as, best first: a code or message before an alias (a client's wrapper
 * for several errors) before a bare status; then a platform's own error (tier 1) before a protocol's (tier
 * 2: gRPC, OAuth, JWT) before a plain HTTP guide (tier 3); then the evidence that appears first in the
 * text, then the longer (more specific) match. A bare HTTP status
 * yields to any error code Fixpath does not cover (`ThrottlingException … status code: 400` is not a bad
 * request).
 */
export function identify(raw: string, index: MatcherIndex): Identification[] {
  const text = readable(raw);
  const lower = text.toLowerCase();
  const best = new Map<string, Best>();
  const record = (guide: LookupGuide, kind: Evidence, hit: Hit, cause?: string) => {
    const current = best.get(guide.url);
    const causes = new Set(current?.causes ?? []);
    if (cause) causes.add(cause);
    const stronger =
      !current ||
      STRENGTH[kind] < STRENGTH[current.matchedOn] ||
      (STRENGTH[kind] === STRENGTH[current.matchedOn] &&
        (hit.index < current.index || (hit.index === current.index && hit.length > current.length)));
    if (stronger) {
      best.set(guide.url, {
        guide,
        index: hit.index,
        length: hit.length,
        matched: text.slice(hit.index, hit.index + hit.length),
        matchedOn: kind,
        score: 0,
        causes,
      });
    } else {
      current.causes = causes;
    }
  };

  const flat = flatten(lower);
  const candidates = [...index.always];
  for (const word of textWords(lower, text)) candidates.push(...(index.byTrigger.get(word) ?? []));
  for (const matcher of candidates) {
    const hit = matcher.test(text, lower, flat);
    if (hit) record(matcher.guide, matcher.kind, hit, matcher.cause);
  }
  for (const guide of index.byName.get(normalise(raw)) ?? []) record(guide, "code", { index: 0, length: raw.trim().length });
  for (const hit of grpcStatuses(text)) for (const guide of index.byGrpc.get(hit.status) ?? []) record(guide, "code", hit);
  const uncovered = unknownCodes(text, index.known).length > 0 || ABOUT_LIMITS.test(text);
  for (const hit of httpStatuses(text)) {
    for (const guide of index.byStatus.get(hit.status) ?? []) {
      // An HTTP status alone says little: it does not identify a guide in a paste about another error
      // (a code Fixpath does not cover, or a rate limit or quota: GitHub and Google answer those with 403).
      if (!uncovered || best.has(guide.url)) record(guide, "status", hit);
    }
  }

  const ranked = [...best.values()].sort(
    (a, b) => STRENGTH[a.matchedOn] - STRENGTH[b.matchedOn] || a.guide.tier - b.guide.tier || a.index - b.index || b.length - a.length,
  );
  return ranked.map((hit, rank) => ({
    guide: hit.guide,
    index: hit.index,
    matched: hit.matched,
    matchedOn: hit.matchedOn,
    ...(hit.causes.size === 1 ? { cause: [...hit.causes][0] } : {}),
    // 1 for the best identification, lower for each further one, and lower again for the generic tiers.
    score: Math.round((1 / (rank + 1)) * (hit.guide.tier === 1 ? 1 : hit.guide.tier === 2 ? 0.9 : 0.8) * 1000) / 1000,
  }));
}
