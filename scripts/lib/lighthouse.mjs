/**
 * Lighthouse 12.2.3 (the last release that runs on Node 20; pinned in devDependencies, so a bench run
 * never fetches anything), mobile settings, against Debian's or
 * Playwright's Chromium. Returns the four category scores, LCP, TBT and CLS, and the machine's speed
 * when the run began (Lighthouse's own CPU benchmark, `benchmarkIndex`: higher is faster).
 */
import { spawnSync } from "node:child_process";
import { createRequire } from "node:module";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";

const require = createRequire(import.meta.url);
const pkg = require("lighthouse/package.json");
const CLI = path.join(path.dirname(require.resolve("lighthouse/package.json")), pkg.bin.lighthouse);
export const LIGHTHOUSE = `lighthouse@${pkg.version}`;

export function lighthouse(url, chromePath) {
  const dir = mkdtempSync(path.join(os.tmpdir(), "fixpath-lh-"));
  const out = path.join(dir, "report.json");
  try {
    const run = spawnSync(
      process.execPath,
      [
        CLI,
        url,
        "--quiet",
        "--output=json",
        `--output-path=${out}`,
        "--only-categories=performance,accessibility,best-practices,seo",
        "--chrome-flags=--headless=new --no-sandbox --disable-gpu --disable-dev-shm-usage --disable-background-networking --no-first-run",
      ],
      { env: { ...process.env, CHROME_PATH: chromePath }, encoding: "utf8", timeout: 180_000 },
    );
    if (run.status !== 0) return { error: (run.stderr || run.stdout || "lighthouse failed").trim().split("\n").slice(-3).join(" ") };
    const report = JSON.parse(readFileSync(out, "utf8"));
    if (report.runtimeError) return { error: report.runtimeError.message };
    const score = (id) => Math.round((report.categories[id]?.score ?? NaN) * 100);
    const value = (id) => report.audits[id]?.numericValue ?? NaN;
    return {
      performance: score("performance"),
      accessibility: score("accessibility"),
      bestPractices: score("best-practices"),
      seo: score("seo"),
      lcp: value("largest-contentful-paint"),
      tbt: value("total-blocking-time"),
      cls: value("cumulative-layout-shift"),
      benchmarkIndex: report.environment?.benchmarkIndex ?? NaN,
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export const BUSY_RATIO = 0.85;

/**
 * A run taken while something else held the CPU: its machine speed is below `ratio` of the usual speed
 * (the median over all runs of one bench). Lighthouse's documentation names client resource contention
 * as a high-impact source of score variability; such a run measures the machine, not the page.
 */
export function busyRun(run, usualSpeed, ratio = BUSY_RATIO) {
  return Number.isFinite(run.benchmarkIndex) && Number.isFinite(usualSpeed) && run.benchmarkIndex < usualSpeed * ratio;
}
