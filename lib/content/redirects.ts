import type { VFile } from "vfile";
import { z } from "zod";
import { parseYaml } from "./frontmatter";
import type { AnchorRedirect, PageRedirect } from "./model";
import { report } from "./problems";
import { KEBAB_CASE, KEBAB_CASE_HINT } from "./rules";

const path = z.string().regex(/^\/[^\s#?]*$/, { error: "must be a site path starting with /, without # or ?" });
const anchor = z.string().regex(KEBAB_CASE, { error: `must be an anchor id (${KEBAB_CASE_HINT}, without #)` });

/**
 * content/redirects.yaml: the one place where moved pages and renamed anchors are recorded, so that
 * published links keep working. (Renamed wizard answers are recorded in their tree: `formerSlugs`.)
 */
export const redirectsSchema = z.strictObject({
  /** Permanent (308) redirects; `from` may end in `/:path*` to move a whole tree of addresses. */
  pages: z.array(z.strictObject({ from: path, to: path })).nullish().transform((v) => v ?? []),
  /** An old #anchor of a page that now lands on a renamed section. */
  anchors: z.array(z.strictObject({ page: path, from: anchor, to: anchor })).nullish().transform((v) => v ?? []),
});

export type Redirects = { pages: PageRedirect[]; anchors: AnchorRedirect[] };

export const NO_REDIRECTS: Redirects = { pages: [], anchors: [] };

export function parseRedirects(file: VFile): Redirects {
  const parsed = parseYaml(String(file.value), file, { firstLine: 1, field: "redirects" });
  if (!parsed) return NO_REDIRECTS;
  const result = redirectsSchema.safeParse(parsed.data ?? {});
  if (!result.success) {
    for (const issue of result.error.issues) report(file, issue.path.join(".") || "redirects", issue.message, parsed.lineOf(issue.path));
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

/** Whether a page path is covered by a page redirect (exact, or a `/:path*` pattern's prefix). */
export function pageRedirected(redirects: Redirects, page: string): boolean {
  return redirects.pages.some((r) => {
    const wildcard = r.from.indexOf("/:");
    return wildcard >= 0 ? page === r.from.slice(0, wildcard) || page.startsWith(`${r.from.slice(0, wildcard)}/`) : r.from === page;
  });
}
