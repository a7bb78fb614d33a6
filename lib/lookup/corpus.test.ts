import { beforeAll, describe, expect, it } from "vitest";
import { allArticles } from "../content";
import { loadCorpus, type CorpusEntry } from "./corpus";
import { buildLookupData } from "./data";
import { compileMatchers, identify } from "./identify";
import { createLookup, type Lookup } from "./lookup";

/**
 * The lookup against real pastes (each copied from a public issue thread or official page, with its URL).
 * A fifth of the corpus, chosen by a hash of each id, is held out: nobody tunes the lookup on it, and its
 * figure is reported next to the tuned part's. Pastes about guides not written yet are skipped (and counted).
 */
const corpus = loadCorpus();
let lookup: Lookup;
let guides: Set<string>;

beforeAll(() => {
  const articles = allArticles();
  guides = new Set(articles.map((a) => a.url));
  lookup = createLookup(buildLookupData(articles));
});

function score(entries: CorpusEntry[]) {
  const positives = entries.filter((e) => e.expect !== null && guides.has(e.expect));
  const lookalikes = entries.filter((e) => e.expect === null);
  const misses = positives.filter((e) => lookup(e.text).matches[0]?.url !== e.expect);
  const routed = lookalikes.filter((e) => lookup(e.text).matches.length > 0);
  return { positives, lookalikes, misses, routed, rate: positives.length === 0 ? 1 : 1 - misses.length / positives.length };
}

const describeMiss = (e: CorpusEntry) =>
  `${e.id}: expected ${e.expect}, got ${
    lookup(e.text)
      .matches.map((m) => `${m.url} (${m.matchedOn})`)
      .join(", ") || "nothing"
  }`;

describe("the lookup corpus: real pastes with their URLs", () => {
  it("is big and varied enough to mean something, and every id is unique", () => {
    expect(new Set(corpus.map((e) => e.id)).size).toBe(corpus.length);
    expect(corpus.length).toBeGreaterThanOrEqual(150);
    expect(corpus.filter((e) => e.expect === null).length).toBeGreaterThanOrEqual(40);
    expect(new Set(corpus.map((e) => e.client)).size).toBeGreaterThanOrEqual(20);
    // Every published error guide and playbook has at least three pastes, from at least two clients
    // (compare guides set errors side by side: pastes belong to the errors).
    for (const url of [...guides].filter((u) => !u.startsWith("/compare/"))) {
      const own = corpus.filter((e) => e.expect === url);
      expect(own.length, `${url}: ${own.length} pastes`).toBeGreaterThanOrEqual(3);
      expect(new Set(own.map((e) => e.client)).size, `${url}: clients`).toBeGreaterThanOrEqual(2);
    }
  });

  for (const part of ["tuned", "held-out"] as const) {
    it(`identifies at least 97% of the ${part} part's pastes first, and routes none of its look-alikes`, () => {
      const { positives, lookalikes, misses, routed, rate } = score(corpus.filter((e) => e.heldOut === (part === "held-out")));
      const skipped = corpus.filter((e) => e.heldOut === (part === "held-out") && e.expect !== null && !guides.has(e.expect)).length;
      console.log(
        `${part}: ${positives.length - misses.length}/${positives.length} identified first (${(rate * 100).toFixed(1)} %), ${routed.length}/${lookalikes.length} look-alikes routed, ${skipped} pastes of guides not published yet`,
      );
      // The held-out part's failures are counted, never listed: nobody may tune on them.
      const why = part === "tuned" ? `missed:\n${misses.map(describeMiss).join("\n")}` : `${misses.length} held-out pastes missed`;
      expect(rate, why).toBeGreaterThanOrEqual(0.97);
      expect(
        part === "tuned"
          ? routed.map(
              (e) =>
                `${e.id}: ${lookup(e.text)
                  .matches.map((m) => m.url)
                  .join(", ")}`,
            )
          : routed.length,
        "look-alikes routed",
      ).toEqual(part === "tuned" ? [] : 0);
    });
  }

  it("lands on the cause when a paste names one", () => {
    const named = corpus.filter((e) => e.cause && e.expect && guides.has(e.expect));
    for (const e of named) expect(lookup(e.text).matches[0]?.cause?.id, e.id).toBe(e.cause);
  });

  it("never returns an unmasked secret from the corpus", () => {
    for (const e of corpus) {
      const { query } = lookup(e.text);
      expect(query, e.id).not.toMatch(/\b(AKIA|ASIA)[A-Z0-9]{16}\b/);
      expect(query, e.id).not.toMatch(/Bearer\s+(?!\[masked\])[A-Za-z0-9\-._~+/]{8,}/);
      expect(query, e.id).not.toMatch(/X-Amz-Signature=[0-9a-f]{16,}/i);
    }
  });
});

describe("the trigger prefilter", () => {
  it("never changes a result: identify with and without it agree on every corpus text", () => {
    const index = compileMatchers(buildLookupData(allArticles()).guides);
    const everything = { ...index, byTrigger: new Map(), always: [...index.always, ...[...index.byTrigger.values()].flat()] };
    for (const e of corpus) {
      const fast = identify(e.text, index).map((m) => [m.guide.url, m.index]);
      const slow = identify(e.text, everything).map((m) => [m.guide.url, m.index]);
      expect(fast, e.heldOut ? "a held-out paste" : e.id).toEqual(slow);
    }
  });
});
