import type { LookupGuide } from "./data";

export type Identification = {
  guide: LookupGuide;
  /** Where in the text the first evidence starts, and what it was. */
  index: number;
  matched: string;
  matchedOn: "code" | "alias" | "message";
  score: number;
};

type Matcher = { guide: LookupGuide; kind: Identification["matchedOn"]; test: (text: string, lower: string) => { index: number; length: number } | undefined };

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** Compiles every guide's matchers once; pure and synchronous, so it runs the same in Node and the browser. */
export function compileMatchers(guides: LookupGuide[]): Matcher[] {
  const matchers: Matcher[] = [];
  const regex = (re: RegExp) => (text: string) => {
    const m = re.exec(text);
    return m ? { index: m.index, length: m[0].length } : undefined;
  };
  for (const guide of guides) {
    for (const word of guide.words) {
      // A whole identifier: not part of a longer name, nor the tail of a dotted path (java.nio.file.AccessDeniedException).
      const re = new RegExp(`(?<![A-Za-z0-9_.\\-])${escape(word)}(?![A-Za-z0-9_])`);
      matchers.push({ guide, kind: word === guide.code ? "code" : "alias", test: regex(re) });
    }
    for (const fragment of guide.fragments) {
      const needle = fragment.toLowerCase();
      matchers.push({
        guide,
        kind: "message",
        test: (_text, lower) => {
          const index = lower.indexOf(needle);
          return index < 0 ? undefined : { index, length: needle.length };
        },
      });
    }
    for (const pattern of guide.patterns) {
      matchers.push({ guide, kind: "message", test: regex(new RegExp(pattern, "i")) });
    }
  }
  return matchers;
}

/**
 * The guides a text is identified as, best first: specific codes and messages (tier 1) before bare
 * HTTP statuses (tier 2); within a tier, the evidence that appears first in the text wins, then the
 * longer (more specific) match.
 */
export function identify(text: string, matchers: Matcher[]): Identification[] {
  const lower = text.toLowerCase();
  const best = new Map<string, Identification & { length: number }>();
  for (const matcher of matchers) {
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
