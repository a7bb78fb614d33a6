import type { LookupGuide } from "./data";
import { chooseTriggers, fragmentTriggers, patternTriggers, textWords, wordTriggers } from "./triggers";

export type Identification = {
  guide: LookupGuide;
  /** Where in the text the first evidence starts, and what it was. */
  index: number;
  matched: string;
  matchedOn: "code" | "alias" | "message";
  score: number;
};

type Matcher = {
  guide: LookupGuide;
  kind: Identification["matchedOn"];
  /** Words that any text this matcher matches contains as whole words (see triggers.ts). */
  candidates: string[];
  test: (text: string, lower: string) => { index: number; length: number } | undefined;
};

/** The matchers, indexed by trigger word; those without a trigger are always tested. */
export type MatcherIndex = { byTrigger: Map<string, Matcher[]>; always: Matcher[] };

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** Compiles every guide's matchers once; pure and synchronous, so it runs the same in Node and the browser. */
export function compileMatchers(guides: LookupGuide[]): MatcherIndex {
  const matchers: Matcher[] = [];
  const regex = (re: RegExp) => (text: string) => {
    const m = re.exec(text);
    return m ? { index: m.index, length: m[0].length } : undefined;
  };
  for (const guide of guides) {
    for (const word of guide.words) {
      // A whole identifier: not part of a longer name, nor the tail of a dotted path (java.nio.file.AccessDeniedException).
      const re = new RegExp(`(?<![A-Za-z0-9_.\\-])${escape(word)}(?![A-Za-z0-9_])`);
      matchers.push({ guide, kind: word === guide.code ? "code" : "alias", candidates: wordTriggers(word), test: regex(re) });
    }
    for (const fragment of guide.fragments) {
      const needle = fragment.toLowerCase();
      matchers.push({
        guide,
        kind: "message",
        candidates: fragmentTriggers(fragment),
        test: (_text, lower) => {
          const index = lower.indexOf(needle);
          return index < 0 ? undefined : { index, length: needle.length };
        },
      });
    }
    for (const pattern of guide.patterns) {
      matchers.push({ guide, kind: "message", candidates: patternTriggers(pattern), test: regex(new RegExp(pattern, "i")) });
    }
  }
  const index: MatcherIndex = { byTrigger: new Map(), always: [] };
  const triggers = chooseTriggers(matchers.map((m) => m.candidates));
  matchers.forEach((matcher, i) => {
    const trigger = triggers[i];
    if (!trigger) index.always.push(matcher);
    else index.byTrigger.set(trigger, [...(index.byTrigger.get(trigger) ?? []), matcher]);
  });
  return index;
}

/**
 * The guides a text is identified as, best first: specific codes and messages (tier 1) before bare
 * HTTP statuses (tier 2); within a tier, the evidence that appears first in the text wins, then the
 * longer (more specific) match.
 */
export function identify(text: string, index: MatcherIndex): Identification[] {
  const lower = text.toLowerCase();
  const candidates = [...index.always];
  for (const word of textWords(lower)) candidates.push(...(index.byTrigger.get(word) ?? []));
  const best = new Map<string, Identification & { length: number }>();
  for (const matcher of candidates) {
    const hit = matcher.test(text, lower);
    if (!hit) continue;
    const current = best.get(matcher.guide.url);
    if (!current || hit.index < current.index || (hit.index === current.index && hit.length > current.length)) {
      best.set(matcher.guide.url, {
        guide: matcher.guide,
        index: hit.index,
        length: hit.length,
        matched: text.slice(hit.index, hit.index + hit.length),
        matchedOn: matcher.kind,
        score: 0,
      });
    }
  }
  const ranked = [...best.values()].sort(
    (a, b) => a.guide.tier - b.guide.tier || a.index - b.index || b.length - a.length,
  );
  return ranked.map((hit, rank) => ({
    guide: hit.guide,
    index: hit.index,
    matched: hit.matched,
    matchedOn: hit.matchedOn,
    // 1 for the best identification, lower for each further one, and lower again for tier 2.
    score: Math.round((1 / (rank + 1)) * (hit.guide.tier === 1 ? 1 : 0.8) * 1000) / 1000,
  }));
}
