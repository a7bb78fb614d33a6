import { compileMdx, type CompiledMdx } from "./mdx";
import { splitFrontmatter } from "./frontmatter";
import { locateArticle, slugForCode, type ArticleLocation } from "./paths";
import type { Problem } from "./problems";
import { FIELD_EXAMPLES, frontmatterSchema, type Frontmatter } from "./schema";
import { CAUSE_PARTS } from "./collect";
import { anchorAliases, NO_REDIRECTS, type Redirects } from "./redirects";
import type { z } from "zod";

/** One validated, compiled article. Pages receive these from the loader and never read files. */
export type Article = ArticleLocation & {
  /** Path relative to the repository, for messages. */
  file: string;
  meta: Frontmatter;
  mdx: CompiledMdx;
  /** The MDX body without its frontmatter, for the Markdown twin. */
  body: string;
  /** 1-based line of each frontmatter field path (`related.1`), for cross-article messages. */
  lineOf: (path: ReadonlyArray<PropertyKey>) => number;
};

/** Parses, validates and compiles one article; pushes every problem found and returns undefined if any. */
export async function parseArticle(
  relative: string,
  file: string,
  source: string,
  problems: Problem[],
  redirects: Redirects = NO_REDIRECTS,
): Promise<Article | undefined> {
  const before = problems.length;
  const location = locateArticle(relative);
  if ("error" in location) {
    problems.push({ file, field: "path", message: location.error });
    return undefined;
  }
  const split = splitFrontmatter(source, file, problems);
  if (!split) return undefined;

  const parsed = frontmatterSchema.safeParse(split.data);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) problems.push(describeIssue(issue, split.data, file, split.lineOf));
    return undefined;
  }
  const meta = parsed.data;
  checkIdentity(location, meta, file, split.lineOf, problems);

  let mdx: CompiledMdx;
  try {
    mdx = await compileMdx(split.body, file, { anchorAliases: anchorAliases(redirects, location.url) });
  } catch (error) {
    const { line, reason } = compilerMessage(error);
    problems.push({ file, line, field: "mdx", message: `${reason} (fix the MDX syntax; escape { } < in prose)` });
    return undefined;
  }
  for (const p of mdx.problems) problems.push({ file, ...p });
  if (location.kind === "error") checkCauses(mdx, file, problems);
  const body = split.body.replace(/^\n+/, "");
  return problems.length === before ? { ...location, file, meta, mdx, body, lineOf: split.lineOf } : undefined;
}

function describeIssue(
  issue: z.core.$ZodIssue,
  data: unknown,
  file: string,
  lineOf: (path: ReadonlyArray<PropertyKey>) => number,
): Problem {
  const path = issue.path;
  const field = path.reduce<string>(
    (acc, part) => (typeof part === "number" ? `${acc}[${part}]` : acc ? `${acc}.${String(part)}` : String(part)),
    "",
  );
  if (issue.code === "unrecognized_keys") {
    const key = issue.keys[0] ?? "";
    return {
      file,
      line: lineOf([...path, key]),
      field: field ? `${field}.${key}` : key,
      message: `unknown field; remove it or correct its name (allowed: ${Object.keys(frontmatterSchema.shape).join(", ")})`,
    };
  }
  const missing = issue.code === "invalid_type" && valueAt(data, path) === undefined;
  if (missing) {
    const example = FIELD_EXAMPLES[field];
    return { file, line: 1, field, message: `missing; add it to the frontmatter${example ? `, e.g. ${example}` : ""}` };
  }
  return { file, line: lineOf(path), field: field || "frontmatter", message: issue.message };
}

function valueAt(data: unknown, path: ReadonlyArray<PropertyKey>): unknown {
  let value: unknown = data;
  for (const key of path) {
    if (value === null || typeof value !== "object") return undefined;
    value = Reflect.get(value, key);
  }
  return value;
}

function checkIdentity(
  location: ArticleLocation,
  meta: Frontmatter,
  file: string,
  lineOf: (path: ReadonlyArray<PropertyKey>) => number,
  problems: Problem[],
) {
  if (location.kind !== "error") return;
  if (!meta.code) {
    problems.push({ file, line: 1, field: "code", message: `missing; error guides need the code, e.g. ${FIELD_EXAMPLES.code}` });
  } else if (slugForCode(meta.code) !== location.slug) {
    problems.push({
      file,
      line: lineOf(["code"]),
      field: "code",
      message: `"${meta.code}" does not match the file name; rename the file to ${slugForCode(meta.code)}.mdx or correct the code`,
    });
  }
  if (!meta.provider) {
    problems.push({ file, line: 1, field: "provider", message: `missing; add provider: ${location.provider}` });
  } else if (meta.provider !== location.provider) {
    problems.push({
      file,
      line: lineOf(["provider"]),
      field: "provider",
      message: `"${meta.provider}" does not match the folder errors/${location.provider}/; move the file or correct the provider`,
    });
  }
}

function checkCauses(mdx: CompiledMdx, file: string, problems: Problem[]) {
  if (mdx.causes.length === 0) {
    problems.push({ file, field: "causes", message: 'an error guide needs at least one <Cause id="…" title="…"> section' });
  }
  for (const cause of mdx.causes) {
    const missing = CAUSE_PARTS.filter((part) => !cause.parts[part]);
    if (missing.length > 0) {
      problems.push({
        file,
        line: cause.line,
        field: `cause ${cause.id}`,
        message: `missing ${missing.map((m) => `<${m}>`).join(", ")}; every cause has <Symptom>, <Check>, <Fix> and <Verify>`,
      });
    }
  }
}

function compilerMessage(error: unknown): { line?: number; reason: string } {
  if (error && typeof error === "object" && "reason" in error && typeof error.reason === "string") {
    const line = "line" in error && typeof error.line === "number" ? error.line : undefined;
    return { line, reason: error.reason };
  }
  return { reason: error instanceof Error ? error.message : String(error) };
}
