/**
 * `npm run registry:update`: records every public URL and anchor of the published library (drafts are not
 * published) in content/registry.json, next to what was there. Entries are only ever added: a published URL
 * stays in the registry, so the content check keeps asking for a redirect if it goes. Refuses to run while
 * the content has problems (a published entry missing without a redirect among them).
 */
import { readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import {
  artifactDir,
  contentRoot,
  compileLibrary,
  REGISTRY,
  formatProblem,
  mergeRegistry,
  registrySchema,
  type Registry,
} from "../lib/content/compiler";

const root = contentRoot();
const file = path.join(root, REGISTRY);
const { library, registry } = await compileLibrary({ root, cacheDir: path.join(artifactDir(), "cache") });
if (library.problems.length > 0) {
  for (const p of library.problems) console.error(formatProblem(p));
  console.error("\nregistry:update: fix the content problems above first (npm run check:content lists them).");
  process.exit(1);
}
const existing: Registry | undefined = await readFile(file, "utf8").then(
  (text) => registrySchema.parse(JSON.parse(text)),
  () => undefined,
);
const merged = mergeRegistry(existing, registry);
await writeFile(file, `${JSON.stringify(merged, null, 1)}\n`);
const count = (r?: Registry) => (r ? r.pages.length + Object.values(r.anchors).flat().length + Object.values(r.wizard).flat().length : 0);
console.log(`registry:update: ${count(merged)} entries in ${path.relative(process.cwd(), file)} (${count(merged) - count(existing)} new).`);
