import { beforeAll, describe, expect, it } from "vitest";
import { allArticles } from "../content";
import { loadCorpus } from "./corpus";
import { buildLookupData } from "./data";
import { createLookup, type Lookup } from "./lookup";

const corpus = loadCorpus();
const positives = corpus.filter((e) => e.expect !== null);
const negatives = corpus.filter((e) => e.expect === null);
let lookup: Lookup;

beforeAll(() => {
  lookup = createLookup(buildLookupData(allArticles()));
});

describe("the lookup corpus (real guides, realistic pastes)", () => {
  it("is big and varied enough to mean something", () => {
    expect(corpus.length).toBeGreaterThanOrEqual(80);
    expect(negatives.length).toBeGreaterThanOrEqual(15);
    expect(new Set(corpus.map((e) => e.id)).size).toBe(corpus.length);
    expect(new Set(positives.map((e) => e.expect)).size).toBeGreaterThanOrEqual(21);
    expect(new Set(corpus.map((e) => e.shape)).size).toBeGreaterThanOrEqual(15);
  });

  it("identifies at least 97% of the positives first", () => {
    const misses = positives
      .map((e) => ({ id: e.id, expected: e.expect, got: lookup(e.text).matches.map((m) => m.url) }))
      .filter((r) => r.got[0] !== r.expected);
    const rate = 1 - misses.length / positives.length;
    expect(rate, `missed:\n${misses.map((m) => `${m.id}: expected ${m.expected}, got ${m.got.join(", ") || "nothing"}`).join("\n")}`).toBeGreaterThanOrEqual(0.97);
  });

  it("identifies nothing in the errors no guide covers", () => {
    const false_ = negatives
      .map((e) => ({ id: e.id, got: lookup(e.text).matches.map((m) => `${m.url} (${m.matchedOn})`) }))
      .filter((r) => r.got.length > 0);
    expect(false_, false_.map((f) => `${f.id}: ${f.got.join(", ")}`).join("\n")).toEqual([]);
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
  it("never changes a result: identify with and without it agree on every corpus text", async () => {
    const { compileMatchers, identify } = await import("./identify");
    const data = buildLookupData(allArticles());
    const index = compileMatchers(data.guides);
    const everything = { byTrigger: new Map(), always: [...index.always, ...[...index.byTrigger.values()].flat()] };
    for (const e of corpus) {
      const fast = identify(e.text, index).map((m) => [m.guide.url, m.index]);
      const slow = identify(e.text, everything).map((m) => [m.guide.url, m.index]);
      expect(fast, e.id).toEqual(slow);
    }
  });
});
