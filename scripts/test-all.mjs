/**
 * `npm test`: every gate and every test, in the order CI runs them, then one line `N passed, N failed`.
 * The gates (content check, types, lint, build) count one test each; every unit and end-to-end test
 * counts one. A suite that cannot run because an earlier step failed counts as one
 * failure. The summary is also written to test-results/summary.txt (CI repeats it as its last line).
 */
import { spawnSync } from "node:child_process";
import { mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { ensureBrowser } from "./ensure-browser.mjs";

const RESULTS = "test-results";
mkdirSync(RESULTS, { recursive: true });
const env = { ...process.env, NEXT_TELEMETRY_DISABLED: "1" };
const rows = [];

function sh(command, extraEnv = {}) {
  console.log(`\n▶ ${command}`);
  const started = Date.now();
  const result = spawnSync("bash", ["-c", command], { stdio: "inherit", env: { ...env, ...extraEnv } });
  return { ok: result.status === 0, seconds: ((Date.now() - started) / 1000).toFixed(1) };
}

function gate(name, command) {
  const { ok, seconds } = sh(command);
  rows.push({ name, passed: ok ? 1 : 0, failed: ok ? 0 : 1, seconds });
  return ok;
}

function readJson(file) {
  try {
    return JSON.parse(readFileSync(file, "utf8"));
  } catch {
    return undefined;
  }
}

/** Runs a test suite that writes a JSON report; a suite that crashed without one counts as one failure. */
function suite(name, command, reportFile, count, extraEnv = {}) {
  rmSync(reportFile, { force: true });
  const { ok, seconds } = sh(command, extraEnv);
  const report = readJson(reportFile);
  const { passed, failed } = report ? count(report) : { passed: 0, failed: 0 };
  rows.push({ name, passed, failed: failed + (!ok && failed === 0 ? 1 : 0), seconds });
}

function skipped(name, why) {
  console.error(`\n${name}: not run (${why})`);
  rows.push({ name, passed: 0, failed: 1, seconds: "0.0" });
}

const vitestCount = (r) => ({ passed: r.numPassedTests, failed: r.numFailedTests + (r.numFailedTestSuites ?? 0) });
const playwrightCount = (r) => ({ passed: r.stats.expected + r.stats.flaky, failed: r.stats.unexpected });

// The content compiler first: everything after it reads the library it writes. --release: every public
// URL must be registered (content/registry.json) before it lands.
gate("content", "npx tsx scripts/content.ts --check --release");
gate("types", "npx next typegen && npx tsc --noEmit");
gate("lint", "npx eslint . && npx prettier --check .");
suite(
  "unit",
  `npx vitest run --reporter=default --reporter=json --outputFile=${RESULTS}/vitest.json`,
  `${RESULTS}/vitest.json`,
  vitestCount,
);

// The same store tests on a real PostgreSQL server (a throwaway one, started as an unprivileged user).
suite("store-pg", `node scripts/test-store-postgres.mjs ${RESULTS}/store-postgres.json`, `${RESULTS}/store-postgres.json`, vitestCount);

const built = gate("build", "npm run --silent build");
const browser = ensureBrowser();
if (browser) console.log(`\nBrowser: ${browser.how} at ${browser.path}`);
else
  console.error(
    "\nNo Chromium: run `apt-get update && apt-get install -y chromium` (Debian, as root) or `npx playwright install chromium`.",
  );
const browserEnv = browser ? { CHROMIUM_PATH: browser.path } : {};

if (built && browser) {
  suite("e2e", "npx playwright test", `${RESULTS}/e2e.json`, playwrightCount, {
    ...browserEnv,
    PLAYWRIGHT_JSON: `${RESULTS}/e2e.json`,
    E2E_FRESH_SERVER: "1",
  });
} else {
  skipped("e2e", built ? "no browser" : "the build failed");
}

// The store under real servers: SIGKILL during a load on PGlite, and two instances sharing PostgreSQL.
if (built) {
  suite("store-srv", `npx tsx scripts/test-store-servers.ts ${RESULTS}/store-servers.json`, `${RESULTS}/store-servers.json`, (r) => ({
    passed: r.passed,
    failed: r.failed,
  }));
} else {
  skipped("store-srv", "the build failed");
}

// The writer's path: scaffold, check, fill in, verify, preview in npm run dev (a temporary copy of content/).
suite("authoring", `node scripts/test-authoring.mjs ${RESULTS}/authoring.json`, `${RESULTS}/authoring.json`, (r) => ({
  passed: r.passed,
  failed: r.failed,
}));

const passed = rows.reduce((n, r) => n + r.passed, 0);
const failed = rows.reduce((n, r) => n + r.failed, 0);
console.log("\nstep          passed  failed  seconds");
for (const r of rows)
  console.log(`${r.name.padEnd(13)} ${String(r.passed).padStart(6)}  ${String(r.failed).padStart(6)}  ${r.seconds.padStart(7)}`);
const summary = `${passed} passed, ${failed} failed`;
writeFileSync(`${RESULTS}/summary.txt`, `${summary}\n`);
console.log(`\n${summary}`);
process.exit(failed === 0 ? 0 : 1);
