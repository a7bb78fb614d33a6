/**
 * POST /api/feedback end to end in process, against the test store: every refusal the issue asks for, the
 * two ways a post is answered, and what is (not) stored.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { feedback } from "./schema";
import { handleFeedbackPost, type FeedbackDeps } from "./feedback-request";
import { RateLimiter } from "./rate-limit";
import { emptyStore, everythingStored, openTestStore, samplePlaces } from "./test-store";
import type { Store } from "./client";

let store: Store;
let deps: FeedbackDeps;
const places = samplePlaces();
const ORIGIN = "http://127.0.0.1:3000";
let address = 0;

beforeAll(async () => {
  store = await openTestStore();
}, 120_000);
afterAll(() => store?.close());
beforeEach(async () => {
  await emptyStore(store);
  deps = { store: async () => store, limiter: new RateLimiter(10) };
  address++;
});

function post(
  fields: Record<string, string>,
  { json = true, headers = {} as Record<string, string>, body }: { json?: boolean; headers?: Record<string, string>; body?: BodyInit } = {},
) {
  return new Request(`${ORIGIN}/api/feedback`, {
    method: "POST",
    headers: {
      host: "127.0.0.1:3000",
      "sec-fetch-site": "same-origin",
      "content-type": "application/x-www-form-urlencoded",
      "x-forwarded-for": `203.0.113.${address}`,
      "user-agent": "TestAgent/9.9 (privacy check)",
      ...(json ? { accept: "application/json" } : {}),
      ...headers,
    },
    body: body ?? new URLSearchParams(fields).toString(),
  });
}

const count = async () => (await store.db.select().from(feedback)).length;

describe("POST /api/feedback", () => {
  it("stores an answer and says so in JSON", async () => {
    const response = await handleFeedbackPost(post({ place: places.cause, answer: "yes" }), deps);
    expect(response.status).toBe(201);
    expect(await response.json()).toEqual({ ok: true, kind: "fix", answer: "yes" });
    expect(await count()).toBe(1);
  });

  it("sends a post without JavaScript back to the same place, at the thank-you", async () => {
    const response = await handleFeedbackPost(post({ place: places.outcome, answer: "no" }, { json: false }), deps);
    expect(response.status).toBe(303);
    expect(response.headers.get("location")).toBe(`${places.outcome}#feedback-thanks`);
    const cause = await handleFeedbackPost(post({ place: places.cause, answer: "no" }, { json: false }), deps);
    expect(cause.headers.get("location")).toBe(`${places.guide}#feedback-thanks-${places.cause.split("#")[1]}`);
    expect(await count()).toBe(2);
  });

  it("takes a multipart form too (what the island sends)", async () => {
    const form = new FormData();
    form.set("place", places.guide);
    form.set("kind", "report");
    form.set("detail", "The second step names the wrong flag");
    const request = new Request(`${ORIGIN}/api/feedback`, {
      method: "POST",
      body: form,
      headers: { "sec-fetch-site": "same-origin", accept: "application/json" },
    });
    expect((await handleFeedbackPost(request, deps)).status).toBe(201);
  });

  it("refuses cross-site posts and posts that prove no origin (403)", async () => {
    const attempts: Record<string, string>[] = [
      { "sec-fetch-site": "cross-site" },
      { "sec-fetch-site": "", origin: "https://evil.example" },
      { "sec-fetch-site": "" },
    ];
    for (const headers of attempts) {
      const response = await handleFeedbackPost(post({ place: places.cause, answer: "yes" }, { headers }), deps);
      expect(response.status, JSON.stringify(headers)).toBe(403);
    }
    expect(await count()).toBe(0);
  });

  it("refuses bodies over 8 kB (413) and other content types (415)", async () => {
    const big = await handleFeedbackPost(post({ place: places.cause, answer: "no", detail: "x".repeat(8200) }), deps);
    expect(big.status).toBe(413);
    const json = await handleFeedbackPost(post({}, { headers: { "content-type": "application/json" }, body: "{}" }), deps);
    expect(json.status).toBe(415);
    expect(await count()).toBe(0);
  });

  it("refuses places that are not published causes, wizard endings or guides (400)", async () => {
    const bad: Record<string, string>[] = [
      { place: "/errors/aws/no-such-guide#x", answer: "yes" },
      { place: `${places.guide}#no-such-cause`, answer: "yes" },
      { place: places.question, answer: "yes" },
      { place: `${places.outcome}/extra`, answer: "yes" },
      { place: places.guide, answer: "yes" },
      { place: `${places.guide}#x`, kind: "report", detail: "x" },
      { place: "https://evil.example/", answer: "yes" },
    ];
    for (const fields of bad) {
      const response = await handleFeedbackPost(post(fields), deps);
      expect(response.status, fields.place).toBe(400);
    }
    expect(await count()).toBe(0);
  });

  it("allows 10 submissions a minute per client, then 429 with Retry-After", async () => {
    for (let i = 0; i < 10; i++) expect((await handleFeedbackPost(post({ place: places.cause, answer: "yes" }), deps)).status).toBe(201);
    const refused = await handleFeedbackPost(post({ place: places.cause, answer: "yes" }), deps);
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get("retry-after"))).toBeGreaterThan(0);
    expect(await count()).toBe(10);
    // Another client is not affected.
    const other = await handleFeedbackPost(
      post({ place: places.cause, answer: "yes" }, { headers: { "x-forwarded-for": "198.51.100.99" } }),
      deps,
    );
    expect(other.status).toBe(201);
  });

  it("stores text with NUL characters (which PostgreSQL text cannot hold) without them, not a 5xx", async () => {
    const response = await handleFeedbackPost(post({ place: places.cause, answer: "no", detail: "before\u0000after %00" }), deps);
    expect(response.status).toBe(201);
    expect(await store.db.select({ detail: feedback.detail }).from(feedback)).toEqual([{ detail: "beforeafter %00" }]);
  });

  it("answers 503 when the store is down, and stores nothing", async () => {
    const down = { ...deps, store: () => Promise.reject(new Error("down")) };
    const response = await handleFeedbackPost(post({ place: places.cause, answer: "yes" }), down);
    expect(response.status).toBe(503);
    expect(response.headers.get("retry-after")).toBe("30");
  });

  it("stores no address, user agent, cookie or hash of them, and masks secrets in what was typed", async () => {
    const ip = `203.0.113.${address}`;
    await handleFeedbackPost(
      post(
        { place: places.cause, answer: "no", detail: "I used ghp_abcdefghijklmnopqrstuvwxyz0123456789 and it failed" },
        { headers: { cookie: "session=cookie-id-12345" } },
      ),
      deps,
    );
    const stored = await everythingStored(store);
    expect(stored).toContain("[masked]");
    for (const forbidden of [ip, "TestAgent", "cookie-id-12345", deps.limiter.keyFor(ip), "abcdefghijklmnopqrstuvwxyz0123456789"]) {
      expect(stored).not.toContain(forbidden);
    }
  });
});
