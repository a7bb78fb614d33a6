import { insightsAllowed } from "./admin";
import { getStore } from "./client";
import { collectInsights, type Insights } from "./insights";

/** What a closed insights address answers without access: the same 404 as any address that does not exist. */
export function notFoundResponse(): Response {
  return new Response("Not found\n", {
    status: 404,
    headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" },
  });
}

/**
 * The aggregates for a request that may see them (session cookie or bearer token), or the Response to
 * send instead: 404 without access (or with insights off), 503 when the store is down.
 */
export async function insightsFor(request: Request): Promise<Insights | Response> {
  if (!insightsAllowed(request.headers)) return notFoundResponse();
  const store = await getStore().catch(() => undefined);
  if (!store)
    return Response.json({ error: "The feedback store is not available." }, { status: 503, headers: { "Cache-Control": "no-store" } });
  return collectInsights(store.db, store.kind);
}
