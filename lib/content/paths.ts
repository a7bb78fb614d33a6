import type { ArticleKind, Provider } from "./schema";
import { PROVIDERS } from "./schema";

/** Where an article lives, read from its path under `content/`. */
export type ArticleLocation = { kind: ArticleKind; provider?: Provider; slug: string; url: string };

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** An error guide's slug is its code in lower case, `_` and spaces as `-`: `PERMISSION_DENIED` → `permission-denied`. */
export function slugForCode(code: string): string {
  return code.trim().toLowerCase().replace(/[\s_]+/g, "-");
}

export function articleUrl(kind: ArticleKind, slug: string, provider?: string): string {
  if (kind === "error") return `/errors/${provider}/${slug}`;
  return kind === "compare" ? `/compare/${slug}` : `/playbooks/${slug}`;
}

/**
 * Reads `errors/aws/authfailure.mdx`, `compare/x.mdx` or `playbooks/x.mdx` (relative to `content/`).
 * Returns a message saying where articles go when the path fits none of them.
 */
export function locateArticle(relative: string): ArticleLocation | { error: string } {
  const parts = relative.split("/");
  const file = parts[parts.length - 1] ?? "";
  const slug = file.replace(/\.mdx$/, "");
  if (!SLUG.test(slug)) {
    return { error: `file name must be lower-case kebab-case (the slug is its URL), e.g. ${slug.toLowerCase()}.mdx` };
  }
  if (parts[0] === "errors" && parts.length === 3) {
    const provider = PROVIDERS.find((p) => p === parts[1]);
    if (!provider) return { error: `unknown provider folder "${parts[1]}"; use one of ${PROVIDERS.join(", ")}` };
    return { kind: "error", provider, slug, url: articleUrl("error", slug, provider) };
  }
  if ((parts[0] === "compare" || parts[0] === "playbooks") && parts.length === 2) {
    const kind = parts[0] === "compare" ? "compare" : "playbook";
    return { kind, slug, url: articleUrl(kind, slug) };
  }
  return { error: "articles go in errors/<provider>/<slug>.mdx, compare/<slug>.mdx or playbooks/<slug>.mdx" };
}
