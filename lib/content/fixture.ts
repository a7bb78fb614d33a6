import { cp, mkdtemp, readFile, rm, writeFile, mkdir } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { loadLibrary, type LoadResult } from "./loader";
import { formatProblem } from "./problems";

const VALID = path.join(import.meta.dirname, "__fixtures__", "valid");

/** A file's new content, or a function of its current content; `null` deletes it. */
export type Edit = string | null | ((current: string) => string);

/**
 * Loads the valid fixture library with some files changed, in a temporary folder (for unit tests).
 * Returns the problems formatted as the check prints them, with files shown under `content/`.
 */
export async function loadFixture(edits: Record<string, Edit> = {}): Promise<LoadResult & { messages: string[] }> {
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
    const result = await loadLibrary(content, "content");
    return { ...result, messages: result.problems.map(formatProblem) };
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
