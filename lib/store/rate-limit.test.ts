import { describe, expect, it } from "vitest";
import { feedbackLimitPerMinute, RateLimiter } from "./rate-limit";

describe("RateLimiter", () => {
  it("allows 10 a minute per client, then says when the next one is allowed", () => {
    let now = Date.UTC(2026, 11, 3, 12, 0, 0);
    const limiter = new RateLimiter(10, 60_000, () => now);
    for (let i = 0; i < 10; i++) {
      expect(limiter.take("203.0.113.7")).toEqual({ ok: true });
      now += 1000;
    }
    // The first of the ten was 10 s ago: one is allowed again 50 s from now.
    expect(limiter.take("203.0.113.7")).toEqual({ ok: false, retryAfterSeconds: 50 });
    expect(limiter.take("198.51.100.1")).toEqual({ ok: true });
    now += 50_000;
    expect(limiter.take("203.0.113.7")).toEqual({ ok: true });
    expect(limiter.take("203.0.113.7").ok).toBe(false);
  });

  it("knows a client by a keyed hash that is not the address and changes every day", () => {
    let now = Date.UTC(2026, 11, 3, 23, 59, 0);
    const limiter = new RateLimiter(10, 60_000, () => now);
    const today = limiter.keyFor("203.0.113.7");
    expect(today).not.toContain("203.0.113.7");
    expect(limiter.keyFor("203.0.113.7")).toBe(today);
    expect(new RateLimiter(10).keyFor("203.0.113.7")).not.toBe(today);
    now += 2 * 60_000;
    expect(limiter.keyFor("203.0.113.7")).not.toBe(today);
  });

  it("reads its limit from FIXPATH_FEEDBACK_PER_MINUTE, 10 by default", () => {
    expect(feedbackLimitPerMinute({})).toBe(10);
    expect(feedbackLimitPerMinute({ FIXPATH_FEEDBACK_PER_MINUTE: "500" })).toBe(500);
    expect(feedbackLimitPerMinute({ FIXPATH_FEEDBACK_PER_MINUTE: "-3" })).toBe(10);
  });
});
