/**
 * Load for the feedback store, shared by `npm run bench:feedback` and the store's server tests: real
 * places from the published library, one POST /api/feedback as the form's island sends it, and N clients
 * posting in a loop. Every post carries a fresh answer id, so each acknowledged answer can be found again.
 */
import { randomUUID } from "node:crypto";
import { allArticles, allPaths, allTrees, stateUrl, step } from "../../lib/content";

/** Every cause section of every guide and every wizard outcome: what "Did this fix it?" is asked about. */
export function feedbackPlaces(): string[] {
  const causes = allArticles().flatMap((a) => a.causes.map((c) => `${a.url}#${c.id}`));
  const outcomes = allTrees().flatMap((tree) =>
    allPaths(tree).flatMap((slugs) => {
      const state = step(tree, slugs);
      return state.ok && state.node.kind === "outcome" ? [stateUrl(tree.id, slugs)] : [];
    }),
  );
  return [...causes, ...outcomes];
}

export type Posted = { status: number; ms: number; answerId: string };

/** One answer, as the island posts it (same origin, JSON answer); status 0 when the connection failed. */
export async function postAnswer(base: string, place: string, answer: "yes" | "no", client = "198.51.100.1"): Promise<Posted> {
  const answerId = randomUUID();
  const body = new URLSearchParams({ place, answer, answer_id: answerId });
  const started = performance.now();
  try {
    const response = await fetch(`${base}/api/feedback`, {
      method: "POST",
      body,
      headers: { accept: "application/json", "sec-fetch-site": "same-origin", "x-forwarded-for": client },
    });
    await response.arrayBuffer();
    return { status: response.status, ms: performance.now() - started, answerId };
  } catch {
    return { status: 0, ms: performance.now() - started, answerId };
  }
}

export type LoadResult = {
  requests: number;
  /** Answer ids the server acknowledged with a 2xx. */
  acknowledged: string[];
  /** Status → count (0: connection failed). */
  statuses: Record<number, number>;
  latencies: number[];
  seconds: number;
};

export const emptyLoad = (): LoadResult => ({ requests: 0, acknowledged: [], statuses: {}, latencies: [], seconds: 0 });

/**
 * `clients` loops posting answers until `stop` resolves (or `ms` pass), each a client of its own. The
 * figures collect in `result` as they come (pass one in to watch them during the load).
 */
export async function runLoad(
  base: string,
  places: string[],
  clients: number,
  until: { ms?: number; stop?: Promise<unknown> },
  result: LoadResult = emptyLoad(),
) {
  let done = false;
  const timer = until.ms ? setTimeout(() => (done = true), until.ms) : undefined;
  void until.stop?.then(
    () => (done = true),
    () => (done = true),
  );
  const started = performance.now();
  let next = 0;
  const loop = async (client: number) => {
    while (!done) {
      const place = places[next++ % places.length] ?? "";
      const posted = await postAnswer(base, place, next % 3 === 0 ? "no" : "yes", `198.51.100.${client + 1}`);
      result.requests++;
      result.statuses[posted.status] = (result.statuses[posted.status] ?? 0) + 1;
      result.latencies.push(posted.ms);
      if (posted.status >= 200 && posted.status < 300) result.acknowledged.push(posted.answerId);
      // A dead server refuses at once: do not spin.
      if (posted.status === 0) await new Promise((r) => setTimeout(r, 20));
    }
  };
  await Promise.all(Array.from({ length: clients }, (_, i) => loop(i)));
  clearTimeout(timer);
  result.seconds = (performance.now() - started) / 1000;
  return result;
}
