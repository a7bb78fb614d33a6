/**
 * `npm run registry:update`: records every public URL and anchor in content/registry.json. Entries are
 * only ever added: a published URL stays in the registry, so the content check keeps asking for its
 * redirect. Refuses to run while a published entry is missing without a redirect.
 */
import { readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { contentRoot, loadLibrary, REGISTRY } from "../lib/content/loader";
import { formatProblem } from "../lib/content/problems";
import { checkRegistry, computeRegistry, REGISTRY_NOTE, registrySchema, type Registry } from "../lib/content/registry";

const root = contentRoot();
const file = path.join(root, REGISTRY);
const { library, problems } = await loadLibrary(root);
const contentProblems = problems.filter((p) => !p.file.endsWith(REGISTRY));
if (contentProblems.length > 0) {
  for (const p of contentProblems) console.error(formatProblem(p));
  console.error("\nregistry:update: fix the content problems above first.");
  process.exit(1);
}

const existing = await readFile(file, "utf8").then((t) => registrySchema.parse(JSON.parse(t)), () => undefined);
if (existing) {
  const removals: typeof problems = [];
  checkRegistry(existing, library, library.redirects, path.relative(process.cwd(), file), removals);
  const gone = removals.filter((p) => p.field !== "registry");
  if (gone.length > 0) {
    for (const p of gone) console.error(formatProblem(p));
    console.error("\nregistry:update: published URLs are missing without a redirect; the registry was not changed.");
    process.exit(1);
  }
}

const current = computeRegistry(library);
const union = (a: string[] = [], b: string[] = []) => [...new Set([...a, ...b])];
const merged: Registry = {
  note: REGISTRY_NOTE,
  pages: union(existing?.pages, current.pages),
  anchors: Object.fromEntries(
    [...new Set([...Object.keys(existing?.anchors ?? {}), ...Object.keys(current.anchors)])]
      .sort()
      .map((page) => [page, union(existing?.anchors[page], current.anchors[page]).sort()]),
  ),
  wizard: Object.fromEntries(
    [...new Set([...Object.keys(existing?.wizard ?? {}), ...Object.keys(current.wizard)])]
      .sort()
      .map((tree) => [tree, union(existing?.wizard[tree], current.wizard[tree])]),
  ),
};
await writeFile(file, `${JSON.stringify(merged, null, 1)}\n`);
const count = (r?: Registry) => (r ? r.pages.length + Object.values(r.anchors).flat().length + Object.values(r.wizard).flat().length : 0);
console.log(`registry:update: ${count(merged)} entries in ${path.relative(process.cwd(), file)} (${count(merged) - count(existing)} new).`);
