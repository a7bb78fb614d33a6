/**
 * `npm run bench:lookup`: lookup index size, per-lookup time in Node over the corpus (10,000 queries),
 * the same with 5,000 synthetic guides loaded, and, in Chromium against the production build, the time
 * from navigation to the first result and from a keystroke to its result. Writes bench-results/lookup.json.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { gzipSync } from "node:zlib";
import { loadCorpus } from "../lib/lookup/corpus";
import path from "node:path";
import { buildLookupData, type LookupData } from "../lib/lookup/data";
import { createLookup } from "../lib/lookup/lookup";
import { syntheticGuides } from "./lib/synthetic";
import { measureBrowserLookup } from "./lib/browser-lookup.mjs";
import { percentile } from "./lib/stats.mjs";
import { artifactDir, contentRoot, compileLibrary } from "../lib/content/compiler";

const QUERIES = 10_000;
const TARGETS = { realP95: 2, syntheticP95: 20, keystrokeP95: 100, firstResult: 1500 };

const corpus = loadCorpus();

function timeLookups(data: LookupData) {
  const lookup = createLookup(data);
  for (const entry of corpus.slice(0, 20)) lookup(entry.text); // warm up the JIT
  const times: number[] = [];
  for (let i = 0; i < QUERIES; i++) {
    const text = corpus[i % corpus.length]?.text ?? "";
    const start = performance.now();
    lookup(text);
    times.push(performance.now() - start);
  }
  return { p50: percentile(times, 50), p95: percentile(times, 95), max: percentile(times, 100) };
}

const { library } = await compileLibrary({ root: contentRoot(), cacheDir: path.join(artifactDir(), "cache"), published: null });
const { problems } = library;
if (problems.length > 0) throw new Error(`content has ${problems.length} problems; run npm run check:content`);
const real = buildLookupData(library.articles);
const json = JSON.stringify(real);
const synthetic: LookupData = { guides: [...real.guides, ...syntheticGuides(5000)] };
const syntheticJson = JSON.stringify(synthetic);

const size = { guides: real.guides.length, bytes: Buffer.byteLength(json), gzip: gzipSync(json).length };
const syntheticSize = { guides: synthetic.guides.length, bytes: Buffer.byteLength(syntheticJson), gzip: gzipSync(syntheticJson).length };
const realTimes = timeLookups(real);
const syntheticTimes = timeLookups(synthetic);

const ms = (n: number) => n.toFixed(3);
console.log(`lookup index: ${size.guides} guides, ${size.bytes} bytes, ${size.gzip} bytes gzip`);
console.log(`synthetic index: ${syntheticSize.guides} guides, ${syntheticSize.bytes} bytes, ${syntheticSize.gzip} bytes gzip`);
console.log(`\nNode, ${QUERIES} lookups over ${corpus.length} corpus texts   p50 ms   p95 ms   max ms   target p95`);
console.log(
  `  real library (${size.guides} guides)                       ${ms(realTimes.p50).padStart(7)}  ${ms(realTimes.p95).padStart(7)}  ${ms(realTimes.max).padStart(7)}   < ${TARGETS.realP95}`,
);
console.log(
  `  with 5,000 synthetic guides                    ${ms(syntheticTimes.p50).padStart(7)}  ${ms(syntheticTimes.p95).padStart(7)}  ${ms(syntheticTimes.max).padStart(7)}   < ${TARGETS.syntheticP95}`,
);

const browser = await measureBrowserLookup(corpus.map((c) => c.text));
console.log(`\nChromium against the production build (cold load of /, ${browser.runs} runs)`);
console.log(`  navigation → first result shown: median ${browser.firstResult.median.toFixed(0)} ms (target < ${TARGETS.firstResult})`);
console.log(
  `  keystroke → result shown, page idle: p50 ${browser.keystroke.p50.toFixed(1)} ms, p95 ${browser.keystroke.p95.toFixed(1)} ms over ${browser.keystroke.samples} keystrokes (target < ${TARGETS.keystrokeP95})`,
);

const failures = [
  realTimes.p95 >= TARGETS.realP95 && `real p95 ${ms(realTimes.p95)} ms ≥ ${TARGETS.realP95} ms`,
  syntheticTimes.p95 >= TARGETS.syntheticP95 && `synthetic p95 ${ms(syntheticTimes.p95)} ms ≥ ${TARGETS.syntheticP95} ms`,
  browser.keystroke.p95 >= TARGETS.keystrokeP95 && `keystroke p95 ${browser.keystroke.p95.toFixed(1)} ms ≥ ${TARGETS.keystrokeP95} ms`,
  browser.firstResult.median >= TARGETS.firstResult &&
    `first result ${browser.firstResult.median.toFixed(0)} ms ≥ ${TARGETS.firstResult} ms`,
].filter(Boolean);
mkdirSync("bench-results", { recursive: true });
writeFileSync(
  "bench-results/lookup.json",
  JSON.stringify(
    {
      date: new Date().toISOString(),
      size,
      syntheticSize,
      node: { real: realTimes, synthetic: syntheticTimes },
      browser,
      targets: TARGETS,
      failures,
    },
    null,
    2,
  ),
);
console.log(failures.length ? `\nOVER TARGET: ${failures.join("; ")}` : "\nAll lookup targets met. Figures in bench-results/lookup.json");
process.exitCode = failures.length ? 1 : 0;
