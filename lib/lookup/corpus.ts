import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { parse } from "yaml";
import { z } from "zod";

const entry = z.strictObject({
  id: z.string(),
  /** The guide that must be identified first, or null: no guide may be identified. */
  expect: z.string().nullable(),
  shape: z.string(),
  text: z.string(),
});
export type CorpusEntry = z.infer<typeof entry>;

const DIR = path.join(import.meta.dirname, "__corpus__");

/** The lookup test corpus: realistic pasted errors, noise included (lib/lookup/__corpus__/*.yaml). */
export function loadCorpus(): CorpusEntry[] {
  return readdirSync(DIR)
    .filter((f) => f.endsWith(".yaml"))
    .sort()
    .flatMap((f) => z.array(entry).parse(parse(readFileSync(path.join(DIR, f), "utf8"))));
}
