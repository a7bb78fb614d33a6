/**
 * `npm run bench:content`: what the content compiler costs, for the real library and for 500 and 2,000
 * synthetic guides (BENCH_CONTENT=real,500 to choose): a cold compile (empty cache), a warm run after one
 * guide changed, and `check:content` warm with nothing changed, each with wall time and peak memory of the
 * whole command as a writer runs it. Targets: warm ≤ 10 % of cold, and under 2 s for the real library.
 */
import { spawnSync } from "node:child_process";
import { appendFileSync, cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { touchSyntheticGuide, writeSyntheticLibrary } from "./lib/synthetic-content.mjs";

const SIZES = (process.env.BENCH_CONTENT ?? "real,500,2000").split(",");
const TIME = existsSync("/usr/bin/time") ? "/usr/bin/time" : undefined;

type Run = { seconds: number; peakMiB: number | null; guides: string };

function run(content: string, artifacts: string, args: string[]): Run {
  const env = { ...process.env, FIXPATH_CONTENT_DIR: content, FIXPATH_ARTIFACT_DIR: artifacts };
  const command = [path.join("node_modules", ".bin", "tsx"), "scripts/content.ts", "--quiet", ...args];
  const started = performance.now();
  const result = TIME
    ? spawnSync(TIME, ["-f", "peak-rss-kib %M", ...command], { env, encoding: "utf8", maxBuffer: 64 * 1024 * 1024 })
    : spawnSync(command[0] ?? "tsx", command.slice(1), { env, encoding: "utf8" });
  const seconds = (performance.now() - started) / 1000;
  const peak = /peak-rss-kib (\d+)/.exec(result.stderr)?.[1];
  const guides = /content: .*?; (.*)\./.exec(result.stdout)?.[1] ?? result.stdout.trim();
  return { seconds, peakMiB: peak ? Math.round(Number(peak) / 1024) : null, guides };
}

function firstGuide(content: string): string {
  const dir = path.join(content, "errors");
  const provider = readdirSync(dir).sort()[0] ?? "";
  return path.join(dir, provider, readdirSync(path.join(dir, provider)).sort()[0] ?? "");
}

const rows: { library: string; cold: Run; warmOneChanged: Run; checkWarm: Run }[] = [];
for (const size of SIZES) {
  const root = mkdtempSync(path.join(os.tmpdir(), `fixpath-bench-content-${size}-`));
  const content = path.join(root, "content");
  const artifacts = path.join(root, "artifacts");
  try {
    if (size === "real") cpSync("content", content, { recursive: true });
    else writeSyntheticLibrary(content, Number(size));
    const cold = run(content, artifacts, []);
    if (size === "real") appendFileSync(firstGuide(content), "\nA line added by the benchmark.\n");
    else touchSyntheticGuide(content, 0, "A line added by the benchmark.");
    const warmOneChanged = run(content, artifacts, []);
    const checkWarm = run(content, artifacts, ["--check"]);
    rows.push({ library: size === "real" ? "real" : `${size} synthetic`, cold, warmOneChanged, checkWarm });
    process.stderr.write(`${size}: cold ${cold.seconds.toFixed(1)} s, warm ${warmOneChanged.seconds.toFixed(1)} s (${cold.guides})\n`);
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}

const cell = (r: Run) => `${r.seconds.toFixed(2).padStart(7)} s ${String(r.peakMiB ?? "n/a").padStart(5)} MiB`;
console.log("\nContent compiler, whole command as run by a writer (npx tsx scripts/content.ts), this machine");
console.log("library          cold (empty cache)     warm, 1 guide changed   check:content, warm     warm/cold");
for (const r of rows) {
  const ratio = r.warmOneChanged.seconds / r.cold.seconds;
  console.log(
    `${r.library.padEnd(15)} ${cell(r.cold)}     ${cell(r.warmOneChanged)}      ${cell(r.checkWarm)}     ${(ratio * 100).toFixed(1).padStart(5)} %`,
  );
}
const real = rows.find((r) => r.library === "real");
if (real) {
  const ok = real.warmOneChanged.seconds < 2 && real.warmOneChanged.seconds <= real.cold.seconds * 0.1;
  console.log(`\nTargets for the real library: warm under 2 s and at most 10 % of cold: ${ok ? "met" : "NOT met"}`);
}
const synthetic = rows.filter((r) => r.library.endsWith("synthetic"));
if (synthetic.length >= 2) {
  const [a, b] = [synthetic[0], synthetic.at(-1)];
  if (a && b) {
    const per = (r: typeof a) => r.cold.seconds / Number.parseInt(r.library, 10);
    console.log(
      `Cold cost per guide: ${(per(a) * 1000).toFixed(1)} ms at ${a.library}, ${(per(b) * 1000).toFixed(1)} ms at ${b.library} (linear when these are close)`,
    );
  }
}
mkdirSync("bench-results", { recursive: true });
writeFileSync("bench-results/content.json", JSON.stringify({ date: new Date().toISOString(), rows }, null, 2));
