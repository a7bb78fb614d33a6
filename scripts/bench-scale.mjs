/**
 * `npm run bench:scale`: builds synthetic libraries of 100, 500 and 2,000 guides (each with a decision
 * tree) in temporary folders, and prints build time, peak memory (the largest build process, from GNU
 * time) and output size, so that the growth of the cost is visible. BENCH_SCALE=100,500 to choose sizes.
 */
import { execFileSync, spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { writeSyntheticLibrary } from "./lib/synthetic-content.mjs";

const SIZES = (process.env.BENCH_SCALE ?? "100,500,2000").split(",").map(Number);
const TIME = existsSync("/usr/bin/time") ? "/usr/bin/time" : undefined;
const rows = [];

for (const size of SIZES) {
  const root = mkdtempSync(path.join(os.tmpdir(), `fixpath-scale-${size}-`));
  const content = path.join(root, "content");
  const distDir = `.next-scale-${size}`;
  const env = { ...process.env, FIXPATH_CONTENT_DIR: content, NEXT_DIST_DIR: distDir, NEXT_TELEMETRY_DISABLED: "1" };
  try {
    writeSyntheticLibrary(content, size);
    const registry = spawnSync("npx", ["tsx", "scripts/update-registry.ts"], { env, encoding: "utf8" });
    if (registry.status !== 0) throw new Error(`registry:update failed:\n${registry.stderr}`);
    const started = Date.now();
    const command = TIME ? [TIME, ["-f", "peak-rss-kib %M", "npx", "next", "build"]] : ["npx", ["next", "build"]];
    const build = spawnSync(command[0], command[1], { env, encoding: "utf8", maxBuffer: 256 * 1024 * 1024 });
    const seconds = (Date.now() - started) / 1000;
    if (build.status !== 0) throw new Error(`build of ${size} guides failed:\n${build.stderr.slice(-2000)}`);
    const peak = /peak-rss-kib (\d+)/.exec(build.stderr)?.[1];
    const pages = Number(/Generating static pages using \d+ workers? \((\d+)\/\d+\) in/.exec(build.stdout)?.[1] ?? NaN);
    const bytes = Number(execFileSync("du", ["-sb", distDir], { encoding: "utf8" }).split("\t")[0]);
    rows.push({
      guides: size,
      pages,
      seconds,
      peakMiB: peak ? Math.round(Number(peak) / 1024) : null,
      outputMiB: Math.round(bytes / 1024 / 1024),
    });
    process.stderr.write(`built ${size} guides in ${seconds.toFixed(0)} s\n`);
  } finally {
    rmSync(root, { recursive: true, force: true });
    rmSync(distDir, { recursive: true, force: true });
  }
}

console.log("\nSynthetic libraries (each guide: 2 causes, a tree of 5 states), next build on this machine");
console.log("guides   pages   build s   s/guide   peak MiB   output MiB   MiB/guide");
for (const r of rows) {
  console.log(
    `${String(r.guides).padStart(6)} ${String(r.pages).padStart(7)} ${r.seconds.toFixed(0).padStart(9)} ${(r.seconds / r.guides).toFixed(3).padStart(9)} ${String(r.peakMiB ?? "n/a").padStart(10)} ${String(r.outputMiB).padStart(12)} ${(r.outputMiB / r.guides).toFixed(2).padStart(11)}`,
  );
}
mkdirSync("bench-results", { recursive: true });
writeFileSync("bench-results/scale.json", JSON.stringify({ date: new Date().toISOString(), rows }, null, 2));
console.log("\nFigures in bench-results/scale.json. The lookup at 5,000 guides is measured by npm run bench:lookup.");
