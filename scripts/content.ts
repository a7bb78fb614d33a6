/**
 * The content compiler's command.
 *
 *   npm run content                 compile content/ into .fixpath/library.json (unchanged files come from the cache)
 *   npm run check:content           the same, and print every problem as `file:line: field: message`
 *   npm run check:content -- FILE…  only the problems of those files (the whole library is still read)
 *   … --watch                       keep running and recompile on every change in content/
 *   … --release                     new URLs not yet in content/registry.json are problems too (npm test)
 *
 * It always writes the library, broken files included (in development their pages show their problems);
 * it exits non-zero when there is a problem, so `npm run build` stops before Next.js starts.
 */
import { watch } from "node:fs";
import path from "node:path";
import { artifactDir, contentRoot, writeLibrary, compileLibrary, formatProblem, type Problem } from "../lib/content/compiler";

const args = process.argv.slice(2);
const flags = new Set(args.filter((a) => a.startsWith("--")));
const check = flags.has("--check");
// --quiet: only the summary line (typecheck and the dev server compile first, and say nothing more).
const quiet = flags.has("--quiet");
const release = flags.has("--release");
const only = args.filter((a) => !a.startsWith("--")).map((f) => path.relative(process.cwd(), path.resolve(f)));
const root = contentRoot();

async function run(): Promise<Problem[]> {
  const started = performance.now();
  const { library, unregistered, stats } = await compileLibrary({ root, cacheDir: path.join(artifactDir(), "cache") });
  writeLibrary(library);
  const seconds = ((performance.now() - started) / 1000).toFixed(2);
  const problems = [...library.problems];
  if (release && unregistered.length > 0) {
    problems.push({
      file: path.relative(process.cwd(), path.join(root, "registry.json")),
      field: "registry",
      message: `${unregistered.length} public URL(s) or anchor(s) are not registered (first: ${unregistered[0]}); run npm run registry:update and commit content/registry.json`,
    });
  }
  const shown =
    only.length > 0 ? problems.filter((p) => only.some((f) => p.file === f || p.file.endsWith(`/${f}`) || f.endsWith(p.file))) : problems;
  if (check || flags.has("--watch")) for (const p of shown) console.error(formatProblem(p));
  const drafts = library.articles.filter((a) => a.meta.draft).length;
  const summary = `${library.articles.length} guides (${drafts} drafts), ${library.trees.length} trees; compiled ${stats.compiled}, reused ${stats.reused} (${seconds} s)`;
  if (quiet) {
    console.log(`content: ${shown.length} problem(s); ${summary}.`);
  } else if (shown.length > 0) {
    console.error(
      `\ncontent: ${shown.length} problem(s)${only.length ? ` in ${only.join(", ")} (${problems.length} in all)` : ""}; ${summary}.${check ? "" : " Run npm run check:content to list them."}`,
    );
  } else {
    console.log(
      `content: no problems${only.length && problems.length ? ` in ${only.join(", ")} (${problems.length} elsewhere)` : ""}; ${summary}.`,
    );
    if (!release && unregistered.length > 0)
      console.log(`content: ${unregistered.length} new public URL(s) or anchor(s); run npm run registry:update before you commit.`);
  }
  return shown;
}

if (flags.has("--watch")) {
  await run().catch((error: unknown) => console.error(error));
  let timer: ReturnType<typeof setTimeout> | undefined;
  let running = Promise.resolve();
  watch(root, { recursive: true }, () => {
    clearTimeout(timer);
    timer = setTimeout(() => {
      running = running.then(() => run().then(() => undefined)).catch((error: unknown) => console.error(error));
    }, 120);
  });
  console.log(`content: watching ${path.relative(process.cwd(), root) || root} for changes`);
} else {
  const problems = await run();
  process.exit(problems.length > 0 ? 1 : 0);
}
