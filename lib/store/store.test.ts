/**
 * The store itself, against whichever database the run gives (PGlite in memory, or the PostgreSQL server of
 * scripts/test-store-postgres.mjs): migrations, answers and their changes, unfound lookups, retention and
 * the aggregates /insights shows.
 */
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { resolvePlace } from "./places";
import { recordFeedback } from "./feedback";
import { collectInsights } from "./insights";
import { insightTable } from "./insights-tables";
import { runMigrations } from "./migrate";
import { pruneOlderThan } from "./prune";
import { feedback, unfoundLookups } from "./schema";
import { emptyStore, openTestStore, samplePlaces } from "./test-store";
import { recordUnfound } from "./unfound";
import type { Store } from "./client";

let store: Store;
const places = samplePlaces();
const place = (address: string, kind: "fix" | "report" = "fix") => {
  const resolved = resolvePlace(address, kind);
  if (!resolved) throw new Error(`not a place: ${address}`);
  return resolved;
};

beforeAll(async () => {
  store = await openTestStore();
}, 120_000);
afterAll(() => store?.close());
beforeEach(() => emptyStore(store));

describe(`the store (${process.env.FIXPATH_TEST_DATABASE_URL ? "PostgreSQL" : "PGlite"})`, () => {
  it("migrates once: running the migrations again changes nothing", async () => {
    await runMigrations(store);
    // Both drivers answer execute() with { rows }.
    const applied = (await store.db.execute(sql`select count(*)::int as n from drizzle.__drizzle_migrations`)) as unknown as {
      rows: unknown[];
    };
    expect(applied.rows).toEqual([{ n: 1 }]);
  });

  it("stores an answer with what its place is", async () => {
    const recorded = await recordFeedback(
      store.db,
      { kind: "fix", place: places.outcome, answer: "no", detail: "still 403" },
      place(places.outcome),
    );
    expect(recorded.ok).toBe(true);
    const [row] = await store.db.select().from(feedback);
    expect(row).toMatchObject({
      kind: "fix",
      place: places.outcome,
      tree: places.outcomeTree,
      ending: "outcome",
      answer: "no",
      detail: "still 403",
    });
    expect(row?.node).toBeTruthy();
    expect(row?.cause).toBeTruthy();
  });

  it("replaces an answer changed under the same answer id, and refuses that id at another place", async () => {
    const answerId = "6f1f3d2a-9a57-4d0e-9a43-2b1c0e8b7a11";
    await recordFeedback(store.db, { kind: "fix", place: places.cause, answer: "no", answerId }, place(places.cause));
    const changed = await recordFeedback(store.db, { kind: "fix", place: places.cause, answer: "yes", answerId }, place(places.cause));
    expect(changed.ok).toBe(true);
    expect(await store.db.select({ answer: feedback.answer }).from(feedback)).toEqual([{ answer: "yes" }]);
    const elsewhere = await recordFeedback(
      store.db,
      { kind: "fix", place: places.otherCause, answer: "no", answerId },
      place(places.otherCause),
    );
    expect(elsewhere).toEqual({ ok: false, reason: "answer-elsewhere" });
    expect(await store.db.select({ place: feedback.place, answer: feedback.answer }).from(feedback)).toEqual([
      { place: places.cause, answer: "yes" },
    ]);
  });

  it("refuses rows the schema rules out, whatever the code above it does", async () => {
    await expect(store.db.insert(feedback).values({ kind: "fix", place: "/x", page: "/x" })).rejects.toThrow();
    await expect(store.db.insert(feedback).values({ kind: "report", place: "/x", page: "/x", detail: "x".repeat(1001) })).rejects.toThrow();
    await expect(store.db.insert(unfoundLookups).values({ text: "x".repeat(501), shape: "x" })).rejects.toThrow();
  });

  it("keeps an unfound lookup masked, cut to 500 characters, with what was recognised", async () => {
    const secret = "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY";
    await recordUnfound(store.db, {
      text: `aws_secret_access_key=${secret} ${"then a long log line ".repeat(40)}`,
      recognised: { provider: "aws", status: 403, code: "NoSuchThing" },
    });
    const [row] = await store.db.select().from(unfoundLookups);
    expect(row?.text).not.toContain(secret);
    expect(row?.text).toContain("[masked]");
    expect(row?.text.length).toBe(500);
    expect(row).toMatchObject({ provider: "aws", status: 403, code: "NoSuchThing" });
  });

  it("keeps an unfound lookup with a NUL character in it, without the NUL", async () => {
    await recordUnfound(store.db, { text: "Error\u0000 ZZ_NUL", recognised: {} });
    expect(await store.db.select({ text: unfoundLookups.text }).from(unfoundLookups)).toEqual([{ text: "Error ZZ_NUL" }]);
  });

  it("prunes what is older than 180 days and keeps the rest", async () => {
    const now = new Date();
    const days = (n: number) => new Date(now.getTime() - n * 86_400_000);
    await store.db.insert(feedback).values([
      { kind: "fix", place: places.cause, page: places.guide, answer: "yes", recordedAt: days(181) },
      { kind: "fix", place: places.cause, page: places.guide, answer: "no", recordedAt: days(179) },
    ]);
    await store.db.insert(unfoundLookups).values([
      { text: "old", shape: "old", recordedAt: days(200) },
      { text: "new", shape: "new", recordedAt: days(1) },
    ]);
    const pruned = await pruneOlderThan(store.db, 180, now);
    expect(pruned).toMatchObject({ feedback: 1, unfound: 1 });
    expect(await store.db.select({ answer: feedback.answer }).from(feedback)).toEqual([{ answer: "no" }]);
    expect(await store.db.select({ text: unfoundLookups.text }).from(unfoundLookups)).toEqual([{ text: "new" }]);
  });

  it("aggregates per ending, per path, per cause, per week and per unfound code and text", async () => {
    const answer = (address: string, a: "yes" | "no", detail?: string) =>
      recordFeedback(store.db, { kind: "fix", place: address, answer: a, detail }, place(address));
    await answer(places.outcome, "yes");
    await answer(places.outcome, "no", "<b>bold</b> claim");
    await answer(places.outcome, "no");
    await answer(places.deadEnd, "no");
    await answer(places.cause, "yes");
    await recordFeedback(
      store.db,
      { kind: "report", place: places.guide, detail: "The fix step 2 is wrong" },
      place(places.guide, "report"),
    );
    for (const id of ["11111111-2222-3333-4444-555555555555", "aaaaaaaa-bbbb-cccc-dddd-eeeeeeeeeeee"]) {
      await recordUnfound(store.db, { text: `Error ZZ_UNKNOWN in request ${id}`, recognised: { code: "ZZ_UNKNOWN" } });
    }
    const data = await collectInsights(store.db, store.kind);
    const tree = data.trees.find((t) => t.id === places.outcomeTree);
    const ending = tree?.endings.find((e) => e.yes + e.no > 0 && e.ending === "outcome");
    expect(ending).toMatchObject({ yes: 1, no: 2 });
    expect(ending?.rate).toBeCloseTo(1 / 3);
    expect(tree?.noPaths[0]).toMatchObject({ url: places.outcome, no: 2, yes: 1 });
    const cause = data.guides.find((g) => g.url === places.guide)?.causes.find((c) => places.cause.endsWith(`#${c.id}`));
    expect(cause).toMatchObject({ yes: 1, no: 0, rate: 1 });
    expect(data.totals).toEqual({ yes: 2, no: 3, reports: 1, unfound: 2 });
    expect(data.weeks.at(-1)).toEqual({ week: data.weeks.at(-1)?.week, yes: 2, no: 3, unfound: 2 });
    expect(data.weeks).toHaveLength(26);
    expect(data.unfound.byCode).toEqual([expect.objectContaining({ code: "ZZ_UNKNOWN", count: 2 })]);
    expect(data.unfound.byText).toEqual([expect.objectContaining({ count: 2, shape: "error zz_unknown in request <id>" })]);
    expect(data.reports).toEqual([expect.objectContaining({ page: places.guide, text: "The fix step 2 is wrong" })]);
    expect(data.comments.map((c) => c.text)).toEqual(["<b>bold</b> claim"]);
    // Every table has a CSV twin with the same rows.
    expect(insightTable(data, "no-paths").rows[0]).toEqual([places.outcomeTree, tree?.noPaths[0]?.path, places.outcome, 2, 1]);
  });
});
