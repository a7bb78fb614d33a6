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
/** Guides with fewer than three real pastes so far, and why. */
const FEWER_THAN_THREE: Record<string, string> = {
  "/errors/grpc/invalid-argument": "two real pastes found (grpc-java, grpc-js); the third search was cut short by the look-up budget",
};

/** The guides the lookup issue was measured on (the first round): the held-out target is a gate for them. */
const FIRST_ROUND = new Set([
  ...["authfailure", "accessdenied", "expiredtoken", "incompletesignature", "invalidaccesskeyid", "invalidclienttokenid"].map(
    (s) => `/errors/aws/${s}`,
  ),
  ...["missingauthenticationtoken", "optinrequired", "requestexpired", "signaturedoesnotmatch", "unauthorizedoperation"].map(
    (s) => `/errors/aws/${s}`,
  ),
  "/errors/aws/unrecognizedclientexception",
  ...["400", "401", "403", "422"].map((s) => `/errors/http/${s}`),
  ...["unauthenticated", "permission-denied", "invalid-argument"].map((s) => `/errors/grpc/${s}`),
  "/playbooks/cors",
  "/playbooks/validation-failure",
]);
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
    const short: string[] = [];
    for (const url of [...guides].filter((u) => !u.startsWith("/compare/"))) {
      const own = corpus.filter((e) => e.expect === url);
      if (own.length < 3) short.push(url);
      expect(new Set(own.map((e) => e.client)).size, `${url}: clients`).toBeGreaterThanOrEqual(2);
    }
    // Known shortfalls, each with its reason; the list must match exactly, so it can neither grow unnoticed
    // nor keep an entry that has been fixed.
    expect(short.sort(), "guides with fewer than three real pastes").toEqual(Object.keys(FEWER_THAN_THREE).sort());
  });

  const report = (part: "tuned" | "held-out", entries: CorpusEntry[], label: string = part) => {
    const result = score(entries);
    const skipped = entries.filter((e) => e.expect !== null && !guides.has(e.expect)).length;
    console.log(
      `${label}: ${result.positives.length - result.misses.length}/${result.positives.length} identified first (${(result.rate * 100).toFixed(1)} %), ${result.routed.length}/${result.lookalikes.length} look-alikes routed, ${skipped} pastes of guides not published yet`,
    );
    return result;
  };
  const tuned = corpus.filter((e) => !e.heldOut);
  const heldOut = corpus.filter((e) => e.heldOut);

  it("identifies at least 97% of the tuned part's pastes first, and routes none of its look-alikes", () => {
    const { misses, routed, rate } = report("tuned", tuned);
    expect(rate, `missed:\n${misses.map(describeMiss).join("\n")}`).toBeGreaterThanOrEqual(0.97);
    expect(
      routed.map(
        (e) =>
          `${e.id}: ${lookup(e.text)
            .matches.map((m) => m.url)
            .join(", ")}`,
      ),
      "look-alikes routed",
    ).toEqual([]);
  });

  // The held-out part's failures are counted, never listed: nobody may tune on them.
  it("identifies at least 97% of the held-out pastes of the first round's guides first", () => {
    const { misses, rate } = report(
      "held-out",
      heldOut.filter((e) => e.expect !== null && FIRST_ROUND.has(e.expect)),
      "held-out, first-round guides",
    );
    expect(rate, `${misses.length} held-out pastes missed`).toBeGreaterThanOrEqual(0.97);
  });

  it("keeps the held-out figures of the guides added since, and of the look-alikes, above their floors", () => {
    // Guides added in the coverage round (issues 18-20) and the held-out look-alikes have not reached the
    // targets (97 % identified, 0 look-alikes routed); the floors catch a regression while the figures are
    // printed and reported. Raising them needs better guides and lookup rules, never a look at these pastes.
    const added = report(
      "held-out",
      heldOut.filter((e) => e.expect !== null && !FIRST_ROUND.has(e.expect)),
      "held-out, guides added since",
    );
    expect(added.rate, `${added.misses.length} held-out pastes missed`).toBeGreaterThanOrEqual(0.85);
    const lookalikes = report(
      "held-out",
      heldOut.filter((e) => e.expect === null),
      "held-out look-alikes",
    );
    expect(lookalikes.routed.length / Math.max(1, lookalikes.lookalikes.length), "look-alikes routed").toBeLessThanOrEqual(0.1);
  });

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
