/**
 * `npm run bench:analyze`: how long the analyzers take over 2 MB pastes of every shape (the hostile ones
 * and an artifact buried at the end of a log), in Node and in Chromium, and the gzip size of the chunk
 * the /analyze page loads (from the last `npm run build`, when there is one). Budgets from issue 22:
 * under 100 ms per paste in Chromium, at most 20 KiB gzip. Writes bench-results/analyze.json.
 */
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { gzipSync } from "node:zlib";
import { build } from "esbuild";
import { chromium } from "playwright-core";
import { CHROMIUM_ARGS, systemChromium } from "./browser.mjs";
import { median } from "./lib/stats.mjs";
import { TEST_KEYS, presignedUrl, signedJwt } from "../lib/analyze/__fixtures__/artifacts";
import { analyzePaste } from "../lib/analyze";

const MB2 = 2 * 1024 * 1024;
const RUNS = Number(process.env.BENCH_RUNS ?? 7);
const BUDGET = { chromiumMs: 100, chunkGzip: 20 * 1024 };

/** A paste as pieces, so that the browser builds the same 2 MB text without 2 MB crossing the protocol. */
type Shape = { name: string; head: string; unit: string; count: number; tail: string };
const shape = (name: string, unit: string, tail = "", head = ""): Shape => ({
  name,
  head,
  unit,
  count: Math.ceil((MB2 - head.length - tail.length) / unit.length),
  tail,
});

const now = Date.now();
const url = await presignedUrl({ credentials: TEST_KEYS.temporary, signedAt: new Date(now - 7_200_000) });
const token = await signedJwt({ sub: "bench", exp: Math.floor(now / 1000) - 600 });
const SHAPES: Shape[] = [
  shape("presigned URL at the end of a log", "GET /index.html 200\n", url),
  shape("JWT at the end of a log", "INFO request served in 12 ms\n", `Authorization: Bearer ${token}`),
  shape("random words", "lorem ipsum dolor "),
  shape("eyJ without end", "eyJ"),
  shape("a 2 MB token payload", "A", ".sig", `${token.split(".")[0]}.`),
  shape("a 2 MB query value", "%", "", `${url}&x=`),
  shape("header lines", "access-control-allow-origin: *\n"),
  shape("nested JSON", "["),
  shape("Google error, huge message", "x", '"}}', '{"error":{"status":"PERMISSION_DENIED","message":"'),
  shape("AWS XML error, huge message", "y", "</Message></Error>", "<Error><Code>AccessDenied</Code><Message>"),
  shape("access key prefixes", "AKIA"),
];
const text = (s: Shape) => s.head + s.unit.repeat(s.count) + s.tail;

/** Median of RUNS timings after one warm-up run; also what the run said, to show it read something. */
function timeNode(s: Shape): { ms: number; said: string } {
  const paste = text(s);
  const first = analyzePaste(paste, { now });
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const start = performance.now();
    analyzePaste(paste, { now });
    times.push(performance.now() - start);
  }
  return { ms: median(times), said: first.message ? "message" : first.analyses.map((a) => a.kind).join("+") };
}

/** The analyzers bundled for the browser the way the page loads them (one module, minified). */
async function browserBundle(): Promise<string> {
  const result = await build({
    entryPoints: ["lib/analyze/index.ts"],
    bundle: true,
    minify: true,
    format: "iife",
    globalName: "Analyze",
    platform: "browser",
    write: false,
    alias: { "@": path.resolve(".") },
  });
  return result.outputFiles[0]?.text ?? "";
}

async function timeChromium(bundle: string): Promise<Record<string, number>> {
  const browser = await chromium.launch({ executablePath: systemChromium(), args: CHROMIUM_ARGS });
  try {
    const page = await browser.newPage();
    await page.setContent("<!doctype html><title>bench</title>");
    await page.addScriptTag({ content: bundle });
    const results: Record<string, number> = {};
    for (const s of SHAPES) {
      results[s.name] = await page.evaluate(
        ({ s, runs, now }) => {
          const analyze = (globalThis as unknown as { Analyze: { analyzePaste: typeof analyzePaste } }).Analyze.analyzePaste;
          const paste = s.head + s.unit.repeat(s.count) + s.tail;
          analyze(paste, { now });
          const times: number[] = [];
          for (let i = 0; i < runs; i++) {
            const start = performance.now();
            analyze(paste, { now });
            times.push(performance.now() - start);
          }
          times.sort((a, b) => a - b);
          return times[Math.floor(times.length / 2)] ?? NaN;
        },
        { s, runs: RUNS, now },
      );
    }
    return results;
  } finally {
    await browser.close();
  }
}

/** The chunk of the last production build that holds the analyzers (found by a sentence only they contain). */
function builtChunk(): { file: string; bytes: number; gzip: number } | undefined {
  const dir = ".next/static/chunks";
  if (!existsSync(dir)) return undefined;
  const files = readdirSync(dir, { recursive: true, encoding: "utf8" }).filter((f) => f.endsWith(".js"));
  const hits = files.filter((f) => readFileSync(path.join(dir, f), "utf8").includes("the analyzers read up to 5 MB"));
  if (hits.length !== 1) return undefined;
  const code = readFileSync(path.join(dir, hits[0]!));
  return { file: hits[0]!, bytes: code.length, gzip: gzipSync(code).length };
}

const node = Object.fromEntries(SHAPES.map((s) => [s.name, timeNode(s)]));
const bundle = await browserBundle();
const inBrowser = await timeChromium(bundle);
const chunk = builtChunk();

const ms = (n: number | undefined) => (n === undefined || !Number.isFinite(n) ? "   n/a" : n.toFixed(1).padStart(6));
console.log(`2 MB pastes, median of ${RUNS} runs after a warm-up        Node ms   Chromium ms   read as`);
for (const s of SHAPES)
  console.log(`  ${s.name.padEnd(52)}  ${ms(node[s.name]?.ms)}      ${ms(inBrowser[s.name])}    ${node[s.name]?.said}`);
const slowest = Math.max(...Object.values(inBrowser));
console.log(`\nslowest in Chromium: ${slowest.toFixed(1)} ms (budget ${BUDGET.chromiumMs} ms)`);
console.log(`esbuild bundle of lib/analyze: ${bundle.length} bytes, ${gzipSync(bundle).length} bytes gzip`);
console.log(
  chunk
    ? `analyzer chunk of the last build (${chunk.file}): ${chunk.bytes} bytes, ${chunk.gzip} bytes gzip (budget ${BUDGET.chunkGzip})`
    : "analyzer chunk: no production build found (run npm run build), or the analyzers are not one chunk",
);

mkdirSync("bench-results", { recursive: true });
writeFileSync(
  "bench-results/analyze.json",
  JSON.stringify({ runs: RUNS, node, chromium: inBrowser, bundleGzip: gzipSync(bundle).length, chunk }, null, 2),
);
const over = [
  ...(slowest >= BUDGET.chromiumMs ? [`slowest paste ${slowest.toFixed(1)} ms in Chromium`] : []),
  ...(chunk && chunk.gzip > BUDGET.chunkGzip ? [`analyzer chunk ${chunk.gzip} bytes gzip`] : []),
];
console.log(over.length ? `\nOVER BUDGET: ${over.join("; ")}` : "\nWithin budget. Figures in bench-results/analyze.json");
process.exitCode = over.length ? 1 : 0;
