import { cp, mkdir, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { compileLibrary, type CompileResult } from "./compiler/library";
import { formatProblem } from "./problems";
import { registrySchema, type Registry } from "./registry";

const VALID = path.join(import.meta.dirname, "__fixtures__", "valid");

/** A file's new content, or a function of its current content; `null` deletes it. */
export type Edit = string | null | ((current: string) => string);

/**
 * Compiles the valid fixture library with some files changed, in a temporary folder (for unit tests), and
 * guards the fixture's registry.json as the published one. Problems come formatted as the check prints
 * them, with files shown under `content/`.
 */
export async function loadFixture(edits: Record<string, Edit> = {}, { cache }: { cache?: string } = {}): Promise<CompileResult & { messages: string[] }> {
  const root = await mkdtemp(path.join(os.tmpdir(), "fixpath-fixture-"));
  const content = path.join(root, "content");
  try {
    await cp(VALID, content, { recursive: true });
    for (const [file, edit] of Object.entries(edits)) {
      const target = path.join(content, file);
      if (edit === null) {
        await rm(target);
        continue;
      }
      const current = await readFile(target, "utf8").catch(() => "");
      await mkdir(path.dirname(target), { recursive: true });
      await writeFile(target, typeof edit === "function" ? edit(current) : edit);
    }
    const published: Registry | undefined = await readFile(path.join(content, "registry.json"), "utf8").then(
      (text) => registrySchema.parse(JSON.parse(text)),
      () => undefined,
    );
    const result = await compileLibrary({ root: content, display: (relative) => `content/${relative}`, cacheDir: cache, published });
    return { ...result, messages: result.library.problems.map(formatProblem) };
  } finally {
    await rm(root, { recursive: true, force: true });
  }
}

/** An edit that replaces text, failing loudly when the fixture no longer contains it. */
export const replaceIn = (from: string | RegExp, to: string) => (text: string) => {
  const out = text.replace(from, to);
  if (out === text) throw new Error(`fixture edit did not apply: ${from}`);
  return out;
};
