/**
 * The store's tests against a real PostgreSQL server: the same vitest files that `npm run test:unit` runs
 * against PGlite (lib/store/store.test.ts, lib/store/feedback-request.test.ts), with
 * FIXPATH_TEST_DATABASE_URL pointing at a throwaway server (lib/store/temp-postgres.mjs: initdb in a
 * temporary folder, 127.0.0.1, a free port, an unprivileged user; stopped by its PID and removed).
 *
 * `node scripts/test-store-postgres.mjs [report.json]` writes vitest's JSON report there. Without
 * PostgreSQL installed it fails (and says what to install): a test that cannot run is not a pass.
 */
import { spawnSync } from "node:child_process";
import { writeFileSync } from "node:fs";
import { findPostgres, NO_POSTGRES, startTempPostgres } from "../lib/store/temp-postgres.mjs";

const report = process.argv[2];
const FILES = ["lib/store/store.test.ts", "lib/store/feedback-request.test.ts"];

function fail(message) {
  console.error(`test-store-postgres: ${message}`);
  // One failure in the same shape as vitest's report, so that npm test counts it.
  if (report) writeFileSync(report, JSON.stringify({ numPassedTests: 0, numFailedTests: 1, numFailedTestSuites: 0 }));
  process.exit(1);
}

if (!findPostgres()) fail(NO_POSTGRES);
let server;
try {
  server = await startTempPostgres();
} catch (error) {
  fail(error instanceof Error ? error.message : String(error));
}
console.log(`test-store-postgres: PostgreSQL (pid ${server.pid}) on 127.0.0.1:${server.port}`);
let status = 1;
try {
  const version = await server.query("show server_version");
  console.log(`test-store-postgres: server version ${version.rows[0]?.server_version}`);
  const args = ["vitest", "run", ...FILES, "--reporter=default", ...(report ? ["--reporter=json", `--outputFile=${report}`] : [])];
  const run = spawnSync("npx", args, { stdio: "inherit", env: { ...process.env, FIXPATH_TEST_DATABASE_URL: server.url } });
  status = run.status ?? 1;
  // Every test database was dropped again: only the server's own remain.
  const left = await server.query("select datname from pg_database where datname like 'fixpath_test_%'");
  if (left.rows.length > 0) {
    console.error(`test-store-postgres: test databases left behind: ${left.rows.map((r) => r.datname).join(", ")}`);
    status = 1;
  }
} finally {
  await server.stop();
}
process.exit(status);
