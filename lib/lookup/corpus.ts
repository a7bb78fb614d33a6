import { createHash } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { parse } from "yaml";
import { z } from "zod";

const entry = z.strictObject({
  id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/),
  /** The guide that must be identified first, or null: a look-alike no guide may claim. */
  expect: z
    .string()
    .regex(/^\/(errors\/[a-z0-9-]+|compare|playbooks)\/[a-z0-9-]+$/)
    .nullable(),
  /** The cause the paste names, when the expected guide should land on one. */
  cause: z.string().optional(),
  /** What printed it: aws-cli, boto3, kubectl, browser-chrome… */
  client: z.string().min(2),
  /** Where the paste was found: a public issue thread or official page. */
  source: z.url({ protocol: /^https$/ }),
  /** The paste, copied exactly. */
  text: z.string().min(3),
  /** Why this label, where the thread knows more than the text (see __corpus__/README.md). */
  note: z.string().optional(),
});
export type CorpusEntry = z.infer<typeof entry> & { heldOut: boolean };

const DIR = path.join(import.meta.dirname, "__corpus__", "real");

/**
 * The held-out fifth: chosen by a hash of the id, so it is fixed, unbiased, and the same on every machine.
 * Nobody tunes the lookup on it; its figure is reported next to the tuned part's.
 */
export function isHeldOut(id: string): boolean {
  return (createHash("sha256").update(id).digest()[0] ?? 0) % 5 === 0;
}

/** The lookup test corpus: real pastes, each with the URL where it was found (lib/lookup/__corpus__/real/*.yaml). */
export function loadCorpus(): CorpusEntry[] {
  return readdirSync(DIR)
    .filter((f) => f.endsWith(".yaml"))
    .sort()
    .flatMap((f) => {
      const parsed = z.array(entry).safeParse(parse(readFileSync(path.join(DIR, f), "utf8")));
      if (!parsed.success) throw new Error(`${f}: ${parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; ")}`);
      return parsed.data;
    })
    .map((e) => ({ ...e, heldOut: isHeldOut(e.id) }));
}
