/**
 * `npm run bench:feedback`: 50 concurrent clients post "Did this fix it?" answers for 30 s to the
 * production server (`npm run build` first), once with the embedded store (PGlite in a fresh data folder)
 * and once with a PostgreSQL server (a throwaway one from lib/store/temp-postgres.mjs, fsync on, where
 * PostgreSQL is installed; DATABASE_URL is not touched). Prints requests/s, p50/p99 and the count check:
 * every 2xx answered is a row, and nothing else is. Writes bench-results/feedback.json.
 *
 * BENCH_CLIENTS, BENCH_SECONDS and BENCH_PORT (default 3360) change the load and the port.
 */
import { randomBytes } from "node:crypto";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { inArray } from "drizzle-orm";
import { openStore, type StoreConfig } from "../lib/store/client";
import { feedback } from "../lib/store/schema";
import { findPostgres, startTempPostgres } from "../lib/store/temp-postgres.mjs";
import { feedbackPlaces, postAnswer, runLoad } from "./lib/feedback-load";
import { startServer } from "./lib/server.mjs";
import { percentile } from "./lib/stats.mjs";

const CLIENTS = Number(process.env.BENCH_CLIENTS) || 50;
const SECONDS = Number(process.env.BENCH_SECONDS) || 30;
const PORT = Number(process.env.BENCH_PORT) || 3360;

type Row = {
  store: string;
  requests: number;
  ok: number;
  other: Record<string, number>;
  perSecond: number;
  p50: number;
  p99: number;
  rows: number;
  acknowledgedFound: number;
  countCheck: boolean;
};

/** Counts the rows after the server has stopped, straight from the store, and finds every acknowledged id. */
async function countRows(config: StoreConfig, acknowledged: string[]) {
  const store = await openStore(config);
  try {
    const rows = await store.db.$count(feedback);
    let found = 0;
    for (let i = 0; i < acknowledged.length; i += 1000) {
      found += await store.db.$count(feedback, inArray(feedback.answerId, acknowledged.slice(i, i + 1000)));
    }
    return { rows, found };
  } finally {
    await store.close();
  }
}

async function bench(label: string, config: StoreConfig, env: Record<string, string>): Promise<Row> {
  const places = feedbackPlaces();
  console.log(`\n${label}: ${CLIENTS} clients for ${SECONDS} s over ${places.length} places`);
  const server = await startServer(PORT, {
    ...env,
    // The per-client limit (10 a minute) is what the abuse tests check; here it would measure 429s.
    FIXPATH_FEEDBACK_PER_MINUTE: "1000000000",
    FIXPATH_DB_POOL_SIZE: "20",
  });
  let stopped = false;
  try {
    // The first answer opens and migrates the store; not part of the figures.
    const first = await postAnswer(server.base, places[0] ?? "", "yes");
    if (first.status !== 201) throw new Error(`the warm-up answer got HTTP ${first.status}:\n${server.log()}`);
    const load = await runLoad(server.base, places, CLIENTS, { ms: SECONDS * 1000 });
    const ok = load.acknowledged.length;
    const other = Object.fromEntries(Object.entries(load.statuses).filter(([s]) => !(Number(s) >= 200 && Number(s) < 300)));
    server.stop();
    stopped = true;
    await waitForExit(server.pid);
    const { rows, found } = await countRows(config, load.acknowledged);
    // The warm-up answer is a row too.
    const countCheck = rows === ok + 1 && found === ok;
    return {
      store: label,
      requests: load.requests,
      ok,
      other,
      perSecond: load.requests / load.seconds,
      p50: percentile(load.latencies, 50),
      p99: percentile(load.latencies, 99),
      rows: rows - 1,
      acknowledgedFound: found,
      countCheck,
    };
  } finally {
    if (!stopped) server.stop();
  }
}

async function waitForExit(pid: number | undefined) {
  for (let i = 0; i < 200 && pid; i++) {
    try {
      process.kill(pid, 0);
    } catch {
      return;
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`the server (pid ${pid}) did not stop`);
}

const results: Row[] = [];
const dataDir = mkdtempSync(path.join(os.tmpdir(), "fixpath-bench-pglite-"));
try {
  results.push(await bench("PGlite", { dataDir }, { FIXPATH_DATA_DIR: dataDir, FIXPATH_ADMIN_TOKEN: randomBytes(16).toString("hex") }));
} finally {
  rmSync(dataDir, { recursive: true, force: true });
}

if (findPostgres()) {
  const pg = await startTempPostgres({ fsync: true });
  try {
    await pg.query("create database fixpath_bench");
    const url = pg.urlFor("fixpath_bench");
    results.push(await bench("PostgreSQL", { databaseUrl: url }, { DATABASE_URL: url }));
  } finally {
    await pg.stop();
  }
} else {
  console.log("\nPostgreSQL: not installed here (apt-get install -y postgresql), so only PGlite was measured.");
}

const ms = (v: number) => v.toFixed(1);
console.log(`\n| store | clients | seconds | requests | 2xx | other | requests/s | p50 ms | p99 ms | rows | count check |`);
console.log(`|---|---:|---:|---:|---:|---|---:|---:|---:|---:|---|`);
for (const r of results) {
  const other = Object.entries(r.other).map(([s, n]) => `${s === "0" ? "failed" : s}: ${n}`);
  console.log(
    `| ${r.store} | ${CLIENTS} | ${SECONDS} | ${r.requests} | ${r.ok} | ${other.join(", ") || "none"} | ${r.perSecond.toFixed(0)} | ${ms(r.p50)} | ${ms(r.p99)} | ${r.rows} | ${r.countCheck ? "ok" : "FAILED"}: ${r.acknowledgedFound} of ${r.ok} acknowledged found |`,
  );
}
mkdirSync("bench-results", { recursive: true });
writeFileSync(
  "bench-results/feedback.json",
  JSON.stringify({ at: new Date().toISOString(), clients: CLIENTS, seconds: SECONDS, cpus: os.cpus().length, results }, null, 2),
);
if (results.some((r) => !r.countCheck)) {
  console.error("\nbench:feedback: the count check failed: 2xx answers and stored rows differ.");
  process.exit(1);
}
