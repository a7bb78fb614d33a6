/**
 * The shared facts of the content model, each defined once: the id and path shapes, the pages that exist
 * outside content/, and the anchors the page layout itself uses. Everything else imports them.
 */

/** Slugs, cause ids, tree ids, answer slugs and anchors: lower-case kebab-case. */
export const KEBAB_CASE = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
export const KEBAB_CASE_HINT = "kebab-case (a-z, 0-9 and single dashes)";

/** A guide's site path: `/errors/<provider>/<slug>`, `/compare/<slug>` or `/playbooks/<slug>`. */
export const GUIDE_PATH = /^\/(errors\/[a-z0-9-]+|compare|playbooks)\/[a-z0-9-]+$/;
export const GUIDE_PATH_HINT = "a guide path such as /errors/aws/accessdenied or /compare/http-401-vs-403";

/** Public pages that are not guides or trees (the registry records them; guides may link to them). */
export const SITE_PAGES = [
  "/",
  "/errors",
  "/compare",
  "/playbooks",
  "/diagnose",
  "/editorial",
  "/llms.txt",
  "/sitemap.xml",
  "/robots.txt",
] as const;

/** Ids every guide page has besides its headings and causes: part of the public anchor contract. */
export const PAGE_ANCHORS = ["causes-at-a-glance", "related-guides", "references"] as const;

/** Ids the page layout uses for itself; a heading or cause id must not take one. */
export const RESERVED_ANCHORS = ["main-content", "toc-title", "footnote-label", "diagnose-tree", ...PAGE_ANCHORS] as const;

/** The one code normaliser: `/e/<code>` and the lookup compare codes this way (`PERMISSION_DENIED` = `permission-denied`). */
export function normaliseCode(code: string): string {
  return code.trim().toLowerCase().replace(/[\s_]+/g, "-");
}

/** The tree of a guide is `<provider>-<slug>` for an error guide, the slug for a playbook. */
export function treeIdFor(guide: { kind: string; slug: string; provider?: string }): string {
  return guide.kind === "error" && guide.provider ? `${guide.provider}-${guide.slug}` : guide.slug;
}
