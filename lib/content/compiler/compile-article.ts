import type { z } from "zod";
import type { VFile } from "vfile";
import { splitFrontmatter, type LineOf } from "../frontmatter";
import type { Article, Cause } from "../model";
import { locateArticle } from "../paths";
import { report } from "../problems";
import { treeIdFor } from "../rules";
import { hint } from "../suggest";
import { PLACEHOLDER } from "./placeholder";
import { errorFrontmatter, FIELD_EXAMPLES, FRONTMATTER_FIELDS, otherFrontmatter, type Frontmatter } from "../schema";
import { causeFragment } from "./cause-fragment";
import type { Collected } from "./collect";
import { toPortableMarkdown, ticketParts } from "./markdown";
import { compileBody, compileFragment } from "./pipeline";

const ONE_LINE = 140;

/**
 * Parses, validates and compiles one article. Every problem is reported on `file`, all of them in one run (a
 * broken frontmatter does not stop the body from being checked). Returns the article whenever it can be
 * built (a valid frontmatter and MDX that compiles), even with other problems, which the build refuses anyway.
 */
export async function compileArticle(relative: string, file: VFile, anchorAliases: ReadonlyMap<string, string[]>): Promise<Article | undefined> {
  const location = locateArticle(relative);
  if ("error" in location) {
    report(file, "path", location.error);
    return undefined;
  }
  const split = splitFrontmatter(String(file.value), file);
  if (!split) return undefined;

  const schema = location.kind === "error" ? errorFrontmatter : otherFrontmatter;
  const parsed = schema.safeParse(split.data);
  if (!parsed.success) for (const issue of parsed.error.issues) describeIssue(issue, split.data, file, split.lineOf);
  const meta: Frontmatter | undefined = parsed.success ? parsed.data : undefined;
  if (meta?.provider && location.kind === "error" && meta.provider !== location.provider) {
    report(file, "provider", `"${meta.provider}" does not match the folder errors/${location.provider}/; move the file or correct the provider`, split.lineOf(["provider"]));
  }

  // The body is compiled from a VFile of its own whose text is the body (frontmatter blanked, same lines).
  const body = file.value;
  file.value = split.body;
  let code: string;
  try {
    code = await compileBody(file, anchorAliases);
  } catch (error) {
    // A syntax error arrives as a fatal message the parser already put on the file: say what to do instead.
    file.messages = file.messages.filter((m) => !m.fatal);
    const { line, reason } = compilerMessage(error);
    report(file, "mdx", `${reason} (fix the MDX syntax; escape { } < in prose)`, line);
    return undefined;
  } finally {
    file.value = body;
  }
  const collected = file.data.collected;
  const { mdast, hast } = file.data;
  if (!collected || !mdast || !hast) throw new Error("the MDX pipeline did not keep its trees");

  if (location.kind !== "compare") checkCauses(collected, file, location.kind === "error");
  if (location.kind !== "compare" && collected.decisionTrees !== 1) {
    report(file, "DecisionTree", collected.decisionTrees === 0 ? 'place the decision tree: "## Diagnose step by step", one sentence, then <DecisionTree /> on its own line' : "place <DecisionTree /> once, in Diagnose step by step");
  }
  checkMessageCauses(split.data, collected, file, split.lineOf);
  // Problems from here on are reported but do not stop the guide from being built, so the checks that
  // span files (links, trees, verification) run on it in the same pass, and development can show it.
  if (!meta) return undefined;
  checkMeta(meta, file);

  const treeUrl = location.kind === "compare" ? undefined : `/diagnose/${treeIdFor(location)}`;
  // Links stay site-relative here; the origin is added where the Markdown is served (absolutizeMarkdown).
  const markdownOptions = { origin: "", pageUrl: location.url, treeUrl };
  const causes: Cause[] = [];
  for (const c of collected.causes) {
    const fragment = causeFragment(hast, c.id, location.url);
    causes.push({
      id: c.id,
      title: c.title ?? c.id,
      signal: c.signal ?? "",
      fix: c.fix ?? "",
      line: c.line,
      code: fragment ? await compileFragment(fragment) : "",
      ...ticketParts(mdast, c.id, markdownOptions),
    });
  }
  const common = {
    url: location.url,
    slug: location.slug,
    file: file.path,
    relative,
    toc: collected.toc,
    anchors: collected.anchors,
    footnotes: collected.footnotes,
    links: collected.links,
    causes,
    hasDecisionTree: collected.decisionTrees > 0,
    code,
    markdown: toPortableMarkdown(mdast, markdownOptions),
    wordCount: collected.wordCount,
    lines: fieldLines(meta, split.lineOf),
  };
  // The provider of an error guide is its folder (a different frontmatter value was refused above).
  if (location.kind === "error") return { ...common, kind: "error", provider: location.provider, meta: { ...meta, provider: location.provider } };
  if (location.kind === "compare") return { ...common, kind: "compare", provider: meta.provider, meta };
  return { ...common, kind: "playbook", provider: meta.provider, meta };
}

function checkCauses(collected: Collected, file: VFile, required: boolean) {
  if (required && collected.causes.length === 0) {
    report(file, "causes", 'an error guide needs at least one <Cause id="…" title="…"> section');
  }
  for (const cause of collected.causes) {
    const field = `cause ${cause.id}`;
    const missing = ["Symptom", "Check", "Fix", "Verify"].filter((part) => !cause.parts.includes(part as never));
    if (missing.length > 0) {
      report(file, field, `missing ${missing.map((m) => `<${m}>`).join(", ")}; every cause has <Symptom>, <Check>, <Fix> and <Verify>`, cause.line);
    }
    for (const attribute of ["signal", "fix"] as const) {
      const value = cause[attribute];
      const what = attribute === "signal" ? "how the reader can tell this cause" : "the fix";
      if (!value) report(file, field, `needs ${attribute}="…": ${what}, in one line of at most ${ONE_LINE} characters (shown in Causes at a glance)`, cause.line);
      else if (value.length > ONE_LINE) report(file, field, `${attribute}="…" is ${value.length} characters; keep it to one line of at most ${ONE_LINE}`, cause.line);
    }
    if (cause.sources === 0) {
      report(file, field, "cites no source; add at least one footnote [^label] inside the cause, defined at the end of the file with an https link", cause.line);
    }
  }
}

/**
 * A message that names a cause must name one of this guide's causes. Read from the raw frontmatter, so it
 * is reported in the same run as any schema problem.
 */
function checkMessageCauses(data: unknown, collected: Collected, file: VFile, lineOf: LineOf) {
  const messages = data && typeof data === "object" && "messages" in data && Array.isArray(data.messages) ? (data.messages as unknown[]) : [];
  const ids = collected.causes.map((c) => c.id);
  messages.forEach((message, index) => {
    const cause = message && typeof message === "object" && "cause" in message ? message.cause : undefined;
    if (typeof cause === "string" && !ids.includes(cause)) {
      report(file, `messages[${index}].cause`, `"${cause}" is not a <Cause id> of this guide; ${hint(cause, ids)}`, lineOf(["messages", index, "cause"]));
    }
  });
}


/** Rules on a valid frontmatter. */
function checkMeta(meta: Frontmatter, file: VFile) {
  if (!meta.draft) {
    String(file.value)
      .split("\n")
      .forEach((text, index) => {
        if (text.includes(PLACEHOLDER) || text.includes("example.com/todo-writer")) {
          report(file, "draft", `${PLACEHOLDER} is still here; write this part (or keep draft: true until it is written)`, index + 1);
        }
      });
  }
  if (!meta.draft && !meta.lastVerified) {
    report(file, "lastVerified", `missing; a published guide records the day a checker (not its writer) verified it, e.g. ${FIELD_EXAMPLES.lastVerified} (or keep draft: true until then)`, 1);
  }
}

/** The lines other files' checks point at: related entries, codes, aliases, lastVerified. */
function fieldLines(meta: Frontmatter, lineOf: LineOf): Record<string, number> {
  const lines: Record<string, number> = {};
  for (const key of FRONTMATTER_FIELDS) lines[key] = lineOf([key]);
  meta.related.forEach((_, i) => (lines[`related.${i}`] = lineOf(["related", i])));
  return lines;
}

function describeIssue(issue: z.core.$ZodIssue, data: unknown, file: VFile, lineOf: LineOf) {
  const path = issue.path;
  const field = path.reduce<string>((acc, part) => (typeof part === "number" ? `${acc}[${part}]` : acc ? `${acc}.${String(part)}` : String(part)), "");
  if (issue.code === "unrecognized_keys") {
    const key = issue.keys[0] ?? "";
    report(file, field ? `${field}.${key}` : key, `unknown field; remove it or correct its name (allowed: ${FRONTMATTER_FIELDS.join(", ")})`, lineOf([...path, key]));
    return;
  }
  if (issue.code === "invalid_type" && valueAt(data, path) === undefined) {
    const example = FIELD_EXAMPLES[field] ?? FIELD_EXAMPLES[String(path.at(-1))];
    report(file, field, `missing; add it to the frontmatter${example ? `, e.g. ${example}` : ""}`, lineOf(path));
    return;
  }
  report(file, field || "frontmatter", issue.message, lineOf(path));
}

function valueAt(data: unknown, path: ReadonlyArray<PropertyKey>): unknown {
  let value: unknown = data;
  for (const key of path) {
    if (value === null || typeof value !== "object") return undefined;
    value = Reflect.get(value, key);
  }
  return value;
}

function compilerMessage(error: unknown): { line?: number; reason: string } {
  if (error && typeof error === "object" && "reason" in error && typeof error.reason === "string") {
    const line = "line" in error && typeof error.line === "number" ? error.line : undefined;
    return { line, reason: error.reason };
  }
  return { reason: error instanceof Error ? error.message : String(error) };
}
