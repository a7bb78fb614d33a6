/**
 * The feedback store under real servers (`npm run build` first), as `npm test` runs it after the build:
 *
 * 1. Fault: a server on PGlite is killed with SIGKILL while 20 clients post; restarted on the same data
 *    folder, it opens cleanly, and every submission that was acknowledged (2xx) is still there.
 * 2. Scale-out: two instances with DATABASE_URL pointing at one PostgreSQL server (a throwaway one from
 *    lib/store/temp-postgres.mjs) start together, each takes answers, and /insights.json on either shows
 *    both instances' submissions.
 *
 * `tsx scripts/test-store-servers.ts [report.json]` writes `{ passed, failed, tests }`. Ports: STORE_TEST_PORT
 * (default 3370) and the next one.
 */
import assert from "node:assert/strict";
import { randomBytes } from "node:crypto";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { inArray } from "drizzle-orm";
import { openStore } from "../lib/store/client";
import { feedback } from "../lib/store/schema";
import { findPostgres, NO_POSTGRES, startTempPostgres } from "../lib/store/temp-postgres.mjs";
import { emptyLoad, feedbackPlaces, postAnswer, runLoad } from "./lib/feedback-load";
import { startServer } from "./lib/server.mjs";

const report = process.argv[2];
const PORT = Number(process.env.STORE_TEST_PORT) || 3370;
const TOKEN = randomBytes(24).toString("hex");
const places = feedbackPlaces();

type Server = Awaited<ReturnType<typeof startServer>>;

function alive(pid: number | undefined): boolean {
  if (!pid) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

async function waitForExit(pid: number | undefined, ms = 20_000) {
  for (let waited = 0; alive(pid) && waited < ms; waited += 100) await new Promise((r) => setTimeout(r, 100));
  assert.ok(!alive(pid), `process ${pid} did not exit`);
}

async function stopServer(server: Server | undefined) {
  if (!server || !alive(server.pid)) return;
  server.stop();
  await waitForExit(server.pid);
}

async function insights(base: string) {
  const response = await fetch(`${base}/insights.json`, { headers: { authorization: `Bearer ${TOKEN}` } });
  assert.equal(response.status, 200, `${base}/insights.json answered ${response.status}`);
  return (await response.json()) as { store: string; totals: { yes: number; no: number; unfound: number } };
}

async function faultTest() {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), "fixpath-fault-"));
  const env = { FIXPATH_DATA_DIR: dataDir, FIXPATH_ADMIN_TOKEN: TOKEN, FIXPATH_FEEDBACK_PER_MINUTE: "1000000000" };
  let server: Server | undefined;
  try {
    server = await startServer(PORT, env);
    const first = await postAnswer(server.base, places[0] ?? "", "yes");
    assert.equal(first.status, 201, `the first answer got HTTP ${first.status}`);
    // The process we kill must be the one that holds the data folder (next start runs in one process).
    const lockPid = Number(readFileSync(path.join(dataDir, "pglite.lock"), "utf8"));
    assert.equal(lockPid, server.pid, "the data folder's lock is held by another process than the server we kill");

    // Kill it in the middle of the load: once 300 answers are acknowledged, without warning.
    const victim = server;
    const result = emptyLoad();
    const killed = new Promise<void>((resolve, reject) => {
      const watch = setInterval(() => {
        if (result.acknowledged.length >= 300) {
          clearInterval(watch);
          process.kill(victim.pid!, "SIGKILL");
          resolve();
        }
      }, 5);
      setTimeout(() => {
        clearInterval(watch);
        reject(new Error(`the load reached only ${result.acknowledged.length} answers in 90 s`));
      }, 90_000).unref();
    });
    // The clients go on for half a second against the dead server: those posts fail, unacknowledged.
    const stop = killed.then(() => new Promise((r) => setTimeout(r, 500)));
    await Promise.all([runLoad(victim.base, places, 20, { stop, ms: 100_000 }, result), killed]);
    await waitForExit(victim.pid);
    assert.ok(result.statuses[0], "no request failed: the server was not killed during the load");
    const acknowledged = [first.answerId, ...result.acknowledged];
    console.log(`fault: killed pid ${victim.pid} after ${acknowledged.length} acknowledged answers (${result.requests} sent)`);

    // Restarted on the same folder: it takes over the dead process's lock, recovers and answers again.
    server = await startServer(PORT, env);
    const after = await postAnswer(server.base, places[1] ?? "", "no");
    assert.equal(after.status, 201, `after the restart an answer got HTTP ${after.status}:\n${server.log()}`);
    const seen = await insights(server.base);
    assert.ok(seen.totals.yes + seen.totals.no >= acknowledged.length + 1, "insights count fewer answers than were acknowledged");
    await stopServer(server);

    // Opened directly once more: every acknowledged answer is a row.
    const store = await openStore({ dataDir });
    try {
      let found = 0;
      for (let i = 0; i < acknowledged.length; i += 1000)
        found += await store.db.$count(feedback, inArray(feedback.answerId, acknowledged.slice(i, i + 1000)));
      assert.equal(found, acknowledged.length, `${acknowledged.length - found} acknowledged answers were lost`);
      console.log(`fault: all ${found} acknowledged answers survived SIGKILL; ${await store.db.$count(feedback)} rows in all`);
    } finally {
      await store.close();
    }
  } finally {
    await stopServer(server);
    rmSync(dataDir, { recursive: true, force: true });
  }
}

async function scaleOutTest() {
  assert.ok(findPostgres(), NO_POSTGRES);
  const pg = await startTempPostgres();
  const servers: Server[] = [];
  try {
    await pg.query("create database fixpath_shared");
    const env = { DATABASE_URL: pg.urlFor("fixpath_shared"), FIXPATH_ADMIN_TOKEN: TOKEN };
    // Started together: both migrate on first use, and the advisory lock lets one do it.
    servers.push(...(await Promise.all([startServer(PORT, env), startServer(PORT + 1, env)])));
    const [a, b] = servers as [Server, Server];
    const posts = await Promise.all([
      ...[0, 1, 2].map((i) => postAnswer(a.base, places[i] ?? "", "yes", "192.0.2.1")),
      ...[3, 4].map((i) => postAnswer(b.base, places[i] ?? "", "no", "192.0.2.2")),
    ]);
    assert.deepEqual(
      posts.map((p) => p.status),
      [201, 201, 201, 201, 201],
    );
    // A lookup nobody found, on each instance (recorded after the answer: give it a moment).
    for (const server of servers) await fetch(`${server.base}/api/lookup?q=${encodeURIComponent(`ZZQ_NOTHING_${server.base.slice(-4)}`)}`);
    let seenA, seenB;
    for (let i = 0; i < 50; i++) {
      [seenA, seenB] = await Promise.all([insights(a.base), insights(b.base)]);
      if (seenA.totals.unfound >= 2 && seenB.totals.unfound >= 2) break;
      await new Promise((r) => setTimeout(r, 100));
    }
    for (const seen of [seenA, seenB]) {
      assert.equal(seen?.store, "postgres");
      assert.deepEqual(seen?.totals, { yes: 3, no: 2, reports: 0, unfound: 2 });
    }
    const count = async (query: string) => ((await pg.query(query, [], "fixpath_shared")).rows[0] as unknown as { n: number }).n;
    assert.equal(await count("select count(*)::int as n from feedback"), 5);
    assert.equal(await count("select count(*)::int as n from drizzle.__drizzle_migrations"), 1, "the migrations ran more than once");
    console.log("scale-out: both instances show 3 Yes, 2 No and 2 unfound lookups from one PostgreSQL");
  } finally {
    for (const server of servers) await stopServer(server);
    await pg.stop();
  }
}

const tests: [string, () => Promise<void>][] = [
  ["fault: SIGKILL during a load on PGlite loses no acknowledged answer, and the folder opens again", faultTest],
  ["scale-out: two instances share one PostgreSQL, and /insights on either shows both", scaleOutTest],
];
const outcome: { name: string; ok: boolean; error?: string }[] = [];
for (const [name, run] of tests) {
  const started = Date.now();
  try {
    await run();
    outcome.push({ name, ok: true });
    console.log(`✓ ${name} (${((Date.now() - started) / 1000).toFixed(1)} s)`);
  } catch (error) {
    const message = error instanceof Error ? (error.stack ?? error.message) : String(error);
    outcome.push({ name, ok: false, error: message });
    console.error(`✗ ${name}\n${message}`);
  }
}
const passed = outcome.filter((t) => t.ok).length;
const failed = outcome.length - passed;
if (report) writeFileSync(report, JSON.stringify({ passed, failed, tests: outcome }, null, 2));
console.log(`\nstore servers: ${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
