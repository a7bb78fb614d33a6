import { z } from "zod";
import { parseYaml } from "./frontmatter";
import type { Problem } from "./problems";

const path = z.string().regex(/^\/[^\s#?]*$/, { error: "must be a site path starting with /, without # or ?" });
const anchor = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, { error: "must be an anchor id (kebab-case, without #)" });

/**
 * content/redirects.yaml: the one place where moved pages and renamed anchors are recorded, so that
 * published links keep working. (Renamed wizard answers are recorded in their tree: `formerSlugs`.)
 */
export const redirectsSchema = z.strictObject({
  /** Permanent (308) redirects; `from` may use Next.js path patterns such as `/diagnose/old/:path*`. */
  pages: z.array(z.strictObject({ from: path, to: path })).default([]),
  /** An old #anchor of a page that now lands on a renamed section. */
  anchors: z.array(z.strictObject({ page: path, from: anchor, to: anchor })).default([]),
});

export type Redirects = z.infer<typeof redirectsSchema>;

export const NO_REDIRECTS: Redirects = { pages: [], anchors: [] };

export function parseRedirects(source: string, file: string, problems: Problem[]): Redirects {
  const parsed = parseYaml(source, file, problems, { firstLine: 1, field: "redirects" });
  if (!parsed) return NO_REDIRECTS;
  const result = redirectsSchema.safeParse(parsed.data ?? {});
  if (!result.success) {
    for (const issue of result.error.issues) {
      problems.push({ file, line: parsed.lineOf(issue.path), field: issue.path.join(".") || "redirects", message: issue.message });
    }
    return NO_REDIRECTS;
  }
  return result.data;
}

/** Old anchors of one page, keyed by the anchor they now lead to. */
export function anchorAliases(redirects: Redirects, page: string): Map<string, string[]> {
  const aliases = new Map<string, string[]>();
  for (const r of redirects.anchors) {
    if (r.page === page) aliases.set(r.to, [...(aliases.get(r.to) ?? []), r.from]);
  }
  return aliases;
}

/** Whether a page path is covered by a page redirect (exact, or a `:path*` pattern's prefix). */
export function pageRedirected(redirects: Redirects, page: string): boolean {
  return redirects.pages.some((r) => {
    const wildcard = r.from.indexOf("/:");
    return wildcard >= 0 ? page === r.from.slice(0, wildcard) || page.startsWith(`${r.from.slice(0, wildcard)}/`) : r.from === page;
  });
}
