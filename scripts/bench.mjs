/**
 * `npm run bench`: for one page of each type, the bytes on the wire on a cold load (gzip) and the
 * number of requests, and Lighthouse mobile scores with LCP, TBT and CLS (median of BENCH_RUNS, 3 by
 * default, taken round the pages; each run's performance score is printed too, so the spread shows).
 * The budget asks for runs on an otherwise idle machine: a run whose Lighthouse CPU benchmark shows the
 * machine was busy (see busyRun) is printed, marked and left out, and the page is run again.
 * Checks the budgets and exits non-zero, naming the figure and the budget, when one breaks: performance
 * fails below a median of 93 per page type, and 95, the target, is printed beside each median.
 * Writes the same figures to bench-results/bench.json. Builds first unless a build exists.
 */
import { existsSync, mkdirSync, writeFileSync } from "node:fs";
import { spawnSync } from "node:child_process";
import { chromium } from "@playwright/test";
import { CHROMIUM_ARGS, systemChromium } from "./browser.mjs";
import { startServer } from "./lib/server.mjs";
import { kib, measurePageWeight } from "./lib/page-weight.mjs";
import { BUSY_RATIO, busyRun, lighthouse, LIGHTHOUSE } from "./lib/lighthouse.mjs";
import { median } from "./lib/stats.mjs";

const PAGES = {
  home: "/",
  guide: "/errors/aws/authfailure",
  compare: "/compare/http-401-vs-403",
  playbook: "/playbooks/cors",
  "wizard question": "/diagnose/aws-authfailure/invalid-client-token",
  "wizard outcome": "/diagnose/aws-authfailure/invalid-client-token/fails-everywhere/asia-without-token",
  "tree map": "/diagnose/aws-authfailure/map/invalid-client-token",
  404: "/no-such-page",
};
// Performance: the bench fails below a median of 93 for any page type (the owner's gate); 95 is the target,
// printed beside each median.
const BUDGET = { guideJs: 150 * 1024, pageTotal: 200 * 1024, performance: 93, accessibility: 100, cls: 0 };
const TARGET = { performance: 95 };
const RUNS = Number(process.env.BENCH_RUNS ?? 3);

if (!existsSync(".next/BUILD_ID") || process.env.BENCH_BUILD === "1") {
  const build = spawnSync("npx", ["next", "build"], { stdio: "inherit", env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" } });
  if (build.status !== 0) process.exit(1);
}
const chromePath = systemChromium() ?? chromium.executablePath();
const server = await startServer(Number(process.env.BENCH_PORT ?? 3200));
const results = {};
let usualSpeed = NaN;
let busyRuns = 0;
try {
  // Page weights first, in a browser that is closed before Lighthouse starts, so the machine is idle.
  const browser = await chromium.launch({ executablePath: systemChromium(), args: CHROMIUM_ARGS });
  const weights = {};
  try {
    for (const [name, path] of Object.entries(PAGES)) weights[name] = await measurePageWeight(browser, server.base + path);
  } finally {
    await browser.close();
  }
  // Lighthouse runs go round the pages (run 1 of every page, then run 2, …), so a passing slowdown of
  // the machine spreads over all pages instead of taking every run of one page.
  const runs = Object.fromEntries(Object.keys(PAGES).map((name) => [name, []]));
  for (let i = 0; i < RUNS; i++) {
    for (const [name, path] of Object.entries(PAGES)) runs[name].push(lighthouse(server.base + path, chromePath));
    process.stderr.write(`Lighthouse round ${i + 1} of ${RUNS} done\n`);
  }
  // The machine's usual speed is the median over every run; a page whose runs were failed or taken on
  // a busy machine is run again, round the pages, up to RUNS more times.
  usualSpeed = median(
    Object.values(runs)
      .flat()
      .filter((r) => !r.error)
      .map((r) => r.benchmarkIndex),
  );
  const counted = (r) => !r.error && !busyRun(r, usualSpeed);
  for (let extra = 0; extra < RUNS; extra++) {
    const short = Object.keys(PAGES).filter((name) => weights[name].status === 200 && runs[name].filter(counted).length < RUNS);
    if (!short.length) break;
    for (const name of short) runs[name].push(lighthouse(server.base + PAGES[name], chromePath));
    process.stderr.write(`Lighthouse extra round ${extra + 1}: ${short.join(", ")}\n`);
  }
  busyRuns = Object.values(runs)
    .flat()
    .filter((r) => !r.error && busyRun(r, usualSpeed)).length;
  for (const [name, path] of Object.entries(PAGES)) {
    const weight = weights[name];
    const scored = runs[name].filter(counted);
    const pick = (key) => median(scored.map((r) => r[key]));
    results[name] = {
      path,
      status: weight.status,
      bytes: { html: weight.html, js: weight.js, css: weight.css, other: weight.other, total: weight.total },
      requests: weight.requests,
      lighthouse: scored.length
        ? {
            runs: scored.length,
            performance: pick("performance"),
            // "x" marks a run Lighthouse could not finish (it happens now and then), "~" one taken on a
            // busy machine; the median skips both.
            performanceRuns: runs[name].map((r) => (r.error ? "x" : `${r.performance}${busyRun(r, usualSpeed) ? "~" : ""}`)),
            machineSpeedRuns: runs[name].map((r) => (r.error ? null : Math.round(r.benchmarkIndex))),
            lcpMsRuns: runs[name].map((r) => (r.error ? null : Math.round(r.lcp))),
            tbtMsRuns: runs[name].map((r) => (r.error ? null : Math.round(r.tbt))),
            failedRuns: runs[name].filter((r) => r.error).map((r) => r.error),
            accessibility: pick("accessibility"),
            bestPractices: pick("bestPractices"),
            seo: pick("seo"),
            lcpMs: pick("lcp"),
            tbtMs: pick("tbt"),
            cls: pick("cls"),
          }
        : { runs: 0, error: runs[name][0]?.error },
    };
  }
} finally {
  server.stop();
}

const pad = (v, n) => String(v).padStart(n);
console.log(`\nPage weight on a cold load (KiB on the wire, gzip) and ${LIGHTHOUSE} mobile, median of ${RUNS}`);
console.log(
  `page              HTML    JS   CSS  total  req  perf  a11y  b-p  seo    LCP ms  TBT ms    CLS  perf of each run  (perf: gate ${BUDGET.performance}, target ${TARGET.performance})`,
);
for (const [name, r] of Object.entries(results)) {
  const lh = r.lighthouse;
  const scores = lh.runs
    ? `${pad(lh.performance, 3)}${lh.performance >= TARGET.performance ? "  " : lh.performance >= BUDGET.performance ? " <" : " !"} ${pad(lh.accessibility, 5)} ${pad(lh.bestPractices, 4)} ${pad(lh.seo, 4)} ${pad(Math.round(lh.lcpMs), 9)} ${pad(Math.round(lh.tbtMs), 7)} ${pad(lh.cls.toFixed(3), 6)}  ${lh.performanceRuns.join(" ")}`
    : `  (no score: ${lh.error})`;
  console.log(
    `${name.padEnd(16)} ${pad(kib(r.bytes.html), 5)} ${pad(kib(r.bytes.js), 5)} ${pad(kib(r.bytes.css), 5)} ${pad(kib(r.bytes.total), 6)} ${pad(r.requests, 4)} ${scores}`,
  );
}
console.log(
  `\nperf: "<" marks a median below the ${TARGET.performance} target but at or above the ${BUDGET.performance} gate; "!" one below the gate.`,
);
console.log(
  `\nMachine speed (Lighthouse benchmarkIndex): usual ${Math.round(usualSpeed)}, the median of all runs. ` +
    `${busyRuns} run(s) below ${Math.round(usualSpeed * BUSY_RATIO)} (${BUSY_RATIO * 100} %) were taken on a busy machine: marked ~, left out, repeated.`,
);

const broken = [];
const guide = results.guide;
if (guide.bytes.js > BUDGET.guideJs) broken.push(`guide JavaScript ${kib(guide.bytes.js)} KiB > ${kib(BUDGET.guideJs)} KiB`);
for (const [name, r] of Object.entries(results)) {
  if (r.bytes.total > BUDGET.pageTotal) broken.push(`${name} total ${kib(r.bytes.total)} KiB > ${kib(BUDGET.pageTotal)} KiB`);
  const lh = r.lighthouse;
  if (!lh.runs) {
    if (r.status === 200) broken.push(`${name}: Lighthouse did not score it (${lh.error})`);
    continue;
  }
  if (lh.runs < RUNS) broken.push(`${name}: only ${lh.runs} of ${RUNS} Lighthouse runs finished on an idle machine`);
  if (lh.performance < BUDGET.performance)
    broken.push(`${name} performance median ${lh.performance} < gate ${BUDGET.performance} (target ${TARGET.performance})`);
  if (lh.accessibility < BUDGET.accessibility) broken.push(`${name} accessibility ${lh.accessibility} < ${BUDGET.accessibility}`);
  if (lh.cls > BUDGET.cls) broken.push(`${name} CLS ${lh.cls} > ${BUDGET.cls}`);
}
mkdirSync("bench-results", { recursive: true });
writeFileSync(
  "bench-results/bench.json",
  JSON.stringify(
    {
      date: new Date().toISOString(),
      lighthouse: LIGHTHOUSE,
      runs: RUNS,
      usualMachineSpeed: usualSpeed,
      busyRatio: BUSY_RATIO,
      budget: BUDGET,
      target: TARGET,
      results,
      broken,
    },
    null,
    2,
  ),
);
console.log(broken.length ? `\nBUDGET BROKEN:\n- ${broken.join("\n- ")}` : "\nAll budgets hold. Figures in bench-results/bench.json");
process.exitCode = broken.length ? 1 : 0;
