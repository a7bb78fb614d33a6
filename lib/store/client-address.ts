/**
 * The client's address as the server saw it, for rate limiting only (hashed, never stored). Route handlers
 * get no socket, but `next start` fills X-Forwarded-For with the socket address when no proxy set it; a
 * proxy appends the address it saw, so the last entry is the one nearest to us that a client cannot choose
 * (behind a proxy that appends). Without any: one shared bucket.
 */
export function clientAddress(headers: Headers): string {
  const forwarded = headers.get("x-forwarded-for");
  const last = forwarded?.split(",").at(-1)?.trim();
  return last || headers.get("x-real-ip")?.trim() || "unknown";
}
