import type { LookupResult } from "@/lib/lookup/lookup";
import { clientAddress } from "./client-address";
import { getStore } from "./client";
import { RateLimiter } from "./rate-limit";
import { recordUnfound } from "./unfound";

/** Lookups recorded per client and minute: enough for a person, not enough for a script to fill the table. */
const limiter = new RateLimiter(30);

/**
 * Called by every server path that answers a lookup (the API, /search?q=, /diagnose?q=): when no guide
 * was identified, the masked text and what was recognised go to the store. It never delays or fails the
 * lookup: the write happens after the answer, and a store that is down only loses the record.
 */
export function noteUnfoundLookup(result: LookupResult, headers: Headers): void {
  if (result.matches.length > 0) return;
  if (!limiter.take(clientAddress(headers)).ok) return;
  void getStore()
    .then((store) => recordUnfound(store.db, { text: result.query, recognised: result.recognised }))
    .catch(() => {
      // the store logs its own unavailability once; a lost record is not the reader's problem
    });
}
