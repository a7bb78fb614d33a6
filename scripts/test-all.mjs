/**
 * `npm test`: every gate and every test, in the order CI runs them, then one line `N passed, N failed`.
 * Each gate (types, lint, content check, build) counts as one test; unit and end-to-end tests count
 * one each. A step that cannot run because an earlier one failed counts as failed.
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
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

gate("types", "npx next typegen && npx tsc --noEmit");
gate("lint", "npx eslint .");
gate("content", "npx tsx scripts/check-content.ts");

const vitestJson = `${RESULTS}/vitest.json`;
rmSync(vitestJson, { force: true });
const unit = sh(`npx vitest run --reporter=default --reporter=json --outputFile=${vitestJson}`);
const vitest = readJson(vitestJson);
rows.push({
  name: "unit",
  passed: vitest?.numPassedTests ?? 0,
  failed: vitest ? vitest.numFailedTests + (unit.ok ? 0 : vitest.numFailedTests === 0 ? 1 : 0) : 1,
  seconds: unit.seconds,
});

const built = gate("build", "npx next build");
const browser = ensureBrowser();
if (!browser) {
  console.error("No Chromium: run `apt-get update && apt-get install -y chromium` (Debian, as root) or `npx playwright install chromium`.");
}
console.log(browser ? `\nBrowser: ${browser.how} at ${browser.path}` : "");

if (built && browser) {
  const e2eJson = `${RESULTS}/e2e.json`;
  rmSync(e2eJson, { force: true });
  const e2e = sh("npx playwright test", { PLAYWRIGHT_JSON: e2eJson, E2E_FRESH_SERVER: "1", CHROMIUM_PATH: browser.path });
  const stats = readJson(e2eJson)?.stats;
  rows.push({
    name: "e2e",
    passed: stats ? stats.expected + stats.flaky : 0,
    failed: stats ? stats.unexpected + (e2e.ok || stats.unexpected > 0 ? 0 : 1) : 1,
    seconds: e2e.seconds,
  });
} else {
  console.error(`\ne2e: not run (${built ? "no browser" : "the build failed"})`);
  rows.push({ name: "e2e", passed: 0, failed: 1, seconds: "0.0" });
}

const passed = rows.reduce((n, r) => n + r.passed, 0);
const failed = rows.reduce((n, r) => n + r.failed, 0);
console.log("\nstep       passed  failed  seconds");
for (const r of rows) console.log(`${r.name.padEnd(10)} ${String(r.passed).padStart(6)}  ${String(r.failed).padStart(6)}  ${r.seconds.padStart(7)}`);
const summary = `${passed} passed, ${failed} failed`;
writeFileSync(`${RESULTS}/summary.txt`, `${summary}\n`);
console.log(`\n${summary}`);
process.exit(failed === 0 && existsSync(`${RESULTS}/summary.txt`) ? 0 : 1);
