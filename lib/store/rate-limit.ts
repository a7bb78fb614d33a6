import { createHmac, randomBytes } from "node:crypto";

export type Take = { ok: true } | { ok: false; retryAfterSeconds: number };

/**
 * At most `limit` events per client in any sliding `windowMs`. A client is known only by a keyed hash of
 * its address: the key is random, made in memory, and replaced every UTC day, so yesterday's hashes cannot
 * be linked to today's and none can be reversed by trying addresses. Nothing here is ever written anywhere;
 * each server instance counts on its own.
 */
export class RateLimiter {
  private day = "";
  private key = Buffer.alloc(0);
  private readonly hits = new Map<string, number[]>();

  constructor(
    readonly limit: number,
    readonly windowMs = 60_000,
    private readonly now: () => number = Date.now,
  ) {}

  /** The hash the limiter knows a client by today (exposed for tests: it must never reach the store). */
  keyFor(address: string): string {
    const day = new Date(this.now()).toISOString().slice(0, 10);
    if (day !== this.day) {
      this.day = day;
      this.key = randomBytes(32);
      this.hits.clear();
    }
    return createHmac("sha256", this.key).update(address).digest("base64url");
  }

  /** Counts one event for `address`, or says how many seconds until one is allowed again. */
  take(address: string): Take {
    const id = this.keyFor(address);
    const now = this.now();
    const since = now - this.windowMs;
    const times = (this.hits.get(id) ?? []).filter((t) => t > since);
    if (times.length >= this.limit) {
      this.hits.set(id, times);
      const oldest = times[0] ?? now;
      return { ok: false, retryAfterSeconds: Math.max(1, Math.ceil((oldest + this.windowMs - now) / 1000)) };
    }
    times.push(now);
    this.hits.set(id, times);
    if (this.hits.size > 50_000) this.sweep(since);
    return { ok: true };
  }

  /** Forgets clients with nothing in the window, so memory follows the active clients, not all of them. */
  private sweep(since: number) {
    for (const [id, times] of this.hits) if (!times.some((t) => t > since)) this.hits.delete(id);
  }
}

/** Submissions per client and minute (FIXPATH_FEEDBACK_PER_MINUTE; the benchmark raises it). */
export function feedbackLimitPerMinute(env: Record<string, string | undefined> = process.env): number {
  const n = Number(env.FIXPATH_FEEDBACK_PER_MINUTE);
  return Number.isInteger(n) && n > 0 ? n : 10;
}
