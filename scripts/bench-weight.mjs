/**
 * `npm run bench:weight`: page weight on a cold load (bytes transferred, gzip) for the home page and a
 * guide, against the production build. Builds first when needed. Exits non-zero when the guide ships
 * more than 150 KiB of JavaScript.
 */
import { existsSync } from "node:fs";
import { spawnSync } from "node:child_process";
import { chromium } from "@playwright/test";
import { CHROMIUM_ARGS, systemChromium } from "./browser.mjs";
import { startServer } from "./lib/server.mjs";
import { kib, measurePageWeight } from "./lib/page-weight.mjs";

const PAGES = { home: "/", guide: "/errors/aws/authfailure" };
const GUIDE_JS_BUDGET = 150 * 1024;

if (!existsSync(".next/BUILD_ID") || process.env.BENCH_BUILD === "1") {
  const build = spawnSync("npx", ["next", "build"], { stdio: "inherit", env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" } });
  if (build.status !== 0) process.exit(1);
}
const server = await startServer(Number(process.env.BENCH_PORT ?? 3200));
const browser = await chromium.launch({ executablePath: systemChromium(), args: CHROMIUM_ARGS });
try {
  console.log("page     HTML KiB   JS KiB  CSS KiB  other KiB  total KiB  requests");
  const results = {};
  for (const [name, path] of Object.entries(PAGES)) {
    const w = await measurePageWeight(browser, server.base + path);
    results[name] = w;
    console.log(
      `${name.padEnd(8)} ${kib(w.html).padStart(8)} ${kib(w.js).padStart(8)} ${kib(w.css).padStart(8)} ${kib(w.other).padStart(10)} ${kib(w.total).padStart(10)} ${String(w.requests).padStart(9)}`,
    );
  }
  const js = results.guide.js;
  const ok = js <= GUIDE_JS_BUDGET;
  console.log(
    `\nguide JavaScript: ${kib(js)} KiB on the wire; budget ${kib(GUIDE_JS_BUDGET)} KiB: ${ok ? "within budget" : "OVER BUDGET"}`,
  );
  process.exitCode = ok ? 0 : 1;
} finally {
  await browser.close();
  server.stop();
}
