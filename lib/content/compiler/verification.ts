import type { Table } from "mdast";
import { fromMarkdown } from "mdast-util-from-markdown";
import { gfmFromMarkdown } from "mdast-util-gfm";
import { toString } from "mdast-util-to-string";
import { gfm } from "micromark-extension-gfm";
import { z } from "zod";
import type { VFile } from "vfile";
import { splitFrontmatter } from "../frontmatter";
import { report } from "../problems";
import { GUIDE_PATH, GUIDE_PATH_HINT } from "../rules";

/**
 * content/verification/<guide path>.md: the checker's table of every load-bearing claim of one guide
 * (claim, verdict, resolution, source). Kept with the content so the next check starts from it.
 */
export type Verification = {
  guide: string;
  verified: string;
  rows: { claim: string; verdict: Verdict; resolution: string; source: string; line?: number }[];
};

export const VERDICTS = ["OK", "WRONG", "MISLEADING", "UNSUPPORTED"] as const;
type Verdict = (typeof VERDICTS)[number];

const header = z.strictObject({
  guide: z.string().regex(GUIDE_PATH, { error: `must be ${GUIDE_PATH_HINT}` }),
  verified: z.iso.date({ error: "must be the day of the check, YYYY-MM-DD" }),
});

const COLUMNS = ["#", "claim", "verdict", "resolution", "source", "note"];

export function parseVerification(file: VFile): Verification | undefined {
  const before = file.messages.length;
  const split = splitFrontmatter(String(file.value), file);
  if (!split) return undefined;
  const parsed = header.safeParse(split.data);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      report(file, issue.path.join(".") || "frontmatter", issue.message, split.lineOf(issue.path));
    }
    return undefined;
  }
  const tree = fromMarkdown(split.body, { extensions: [gfm()], mdastExtensions: [gfmFromMarkdown()] });
  const table = tree.children.find((n): n is Table => n.type === "table");
  if (!table) {
    report(file, "table", `no claims table; add | ${COLUMNS.join(" | ")} | with one row per claim`);
    return undefined;
  }
  const [head, ...body] = table.children;
  const names = (head?.children ?? []).map((cell) => toString(cell).trim().toLowerCase());
  if (COLUMNS.some((c, i) => names[i] !== c)) {
    report(file, "table", `the columns must be | ${COLUMNS.join(" | ")} | (found | ${names.join(" | ")} |)`, head?.position?.start.line);
    return undefined;
  }
  const rows: Verification["rows"] = [];
  for (const row of body) {
    const cells = row.children.map((cell) => toString(cell).trim());
    const line = row.position?.start.line;
    const [, claim = "", verdictText = "", resolution = "", sourceText = ""] = cells;
    const verdict = VERDICTS.find((v) => v === verdictText.toUpperCase());
    if (!verdict) {
      report(file, "verdict", `"${verdictText}" is not a verdict; use one of ${VERDICTS.join(", ")}`, line);
      continue;
    }
    const res = resolution.toLowerCase();
    if (verdict === "OK" && res !== "") {
      report(file, "resolution", "an OK claim needs no resolution; leave the cell empty", line);
    } else if (verdict !== "OK" && res !== "fixed" && res !== "cut") {
      report(file, "resolution", `an open ${verdict} claim; fix or cut it in the guide, then write "fixed" or "cut" here`, line);
    }
    if (verdict !== "UNSUPPORTED" && !/https:\/\/\S+/.test(sourceText)) {
      report(file, "source", "give the https URL of the source the claim was checked against", line);
    }
    rows.push({ claim, verdict, resolution: res, source: sourceText, line });
  }
  if (rows.length === 0 && file.messages.length === before) {
    report(file, "table", "the table has no claims");
  }
  return file.messages.length === before ? { ...parsed.data, rows } : undefined;
}

/** Where the verification table of the article at `relative` (under content/) lives. */
export function verificationPath(relative: string): string {
  return `verification/${relative.replace(/\.mdx$/, ".md")}`;
}
