import { PROVIDERS, type ArticleKind, type Provider } from "../vocabulary";
import { KEBAB_CASE } from "./rules";

/** Where an article lives, read from its path under `content/`. */
export type ArticleLocation =
  | { kind: "error"; provider: Provider; slug: string; url: string }
  | { kind: "compare" | "playbook"; provider?: undefined; slug: string; url: string };

export function articleUrl(kind: ArticleKind, slug: string, provider?: string): string {
  if (kind === "error") return `/errors/${provider}/${slug}`;
  return kind === "compare" ? `/compare/${slug}` : `/playbooks/${slug}`;
}

/**
 * Reads `errors/aws/authfailure.mdx`, `compare/x.mdx` or `playbooks/x.mdx` (relative to `content/`).
 * The file name is the slug, that is the URL. Returns what to change when the path fits none of them.
 */
export function locateArticle(relative: string): ArticleLocation | { error: string } {
  const parts = relative.split("/");
  const slug = (parts[parts.length - 1] ?? "").replace(/\.mdx$/, "");
  if (!KEBAB_CASE.test(slug)) {
    return { error: `the file name is the URL slug and must be lower-case kebab-case, e.g. ${slug.toLowerCase().replace(/[^a-z0-9]+/g, "-")}.mdx` };
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

/** The article a content path belongs to, as a URL (for a broken file), without reading it. */
export function urlOfPath(relative: string): string | undefined {
  const location = locateArticle(relative);
  return "error" in location ? undefined : location.url;
}
