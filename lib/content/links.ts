import type { Article } from "./article";
import type { Problem } from "./problems";

/** Pages that exist outside the content folder and may be linked from articles. */
export const SITE_PAGES = ["/", "/diagnose", "/editorial"];

/** Ids the article page itself uses; a heading or cause with one of these would collide. */
export const RESERVED_ANCHORS = ["main-content", "toc-title", "related-guides", "references"];

/**
 * Checks what spans articles: duplicate codes and anchors, `related` entries, and every
 * internal link and `#anchor` in every body.
 */
export function checkCrossReferences(articles: Article[], broken: ReadonlySet<string>, problems: Problem[]) {
  const byUrl = new Map(articles.map((a) => [a.url, a]));
  checkDuplicateCodes(articles, problems);

  for (const article of articles) {
    const seen = new Map<string, number | undefined>();
    for (const anchor of article.mdx.anchors) {
      if (RESERVED_ANCHORS.includes(anchor.id)) {
        problems.push({
          file: article.file,
          line: anchor.line,
          field: "anchor",
          message: `#${anchor.id} is reserved by the page layout; reword the heading or rename the cause`,
        });
      }
      if (seen.has(anchor.id)) {
        problems.push({
          file: article.file,
          line: anchor.line,
          field: "anchor",
          message: `#${anchor.id} is used twice (also line ${seen.get(anchor.id) ?? "?"}); rename a heading or a cause id`,
        });
      }
      seen.set(anchor.id, anchor.line);
    }

    article.meta.related.forEach((url, index) => {
      if (url === article.url) {
        problems.push({ file: article.file, line: article.lineOf(["related", index]), field: `related[${index}]`, message: "a guide cannot be related to itself" });
      } else if (!byUrl.has(url) && !broken.has(url)) {
        problems.push({
          file: article.file,
          line: article.lineOf(["related", index]),
          field: `related[${index}]`,
          message: `${url} is not a guide; use the path of an existing guide or write that guide`,
        });
      }
    });

    for (const link of article.mdx.links) {
      const message = checkLink(link.href, article, byUrl, broken);
      if (message) problems.push({ file: article.file, line: link.line, field: "link", message });
    }
  }
}

function checkLink(
  href: string,
  from: Article,
  byUrl: Map<string, Article>,
  broken: ReadonlySet<string>,
): string | undefined {
  if (/^https:\/\//.test(href) || href.startsWith("mailto:")) return undefined;
  if (/^[a-z][a-z0-9+.-]*:/i.test(href)) {
    return `${href} is not an https link; link to https documentation, or put example URLs in \`code\``;
  }
  const [path = "", anchor] = href.split("#");
  const target = path === "" ? from : byUrl.get(path);
  if (broken.has(path)) return undefined; // that file reports its own problems
  if (!target) {
    if (SITE_PAGES.includes(path) && !anchor) return undefined;
    return `${href} does not resolve: no page at ${path}; link to an existing guide (e.g. /errors/aws/authfailure)`;
  }
  if (anchor !== undefined && !target.mdx.anchors.some((a) => a.id === anchor)) {
    const known = target.mdx.anchors.map((a) => a.id).slice(0, 8).join(", ");
    return `${href} points at a missing anchor #${anchor} in ${target.url}; use one of: ${known}`;
  }
  return undefined;
}

function checkDuplicateCodes(articles: Article[], problems: Problem[]) {
  const owners = new Map<string, Article>();
  for (const article of articles) {
    const names = [article.meta.code, ...article.meta.aliases].filter((n): n is string => Boolean(n));
    for (const name of names) {
      const key = `${article.provider ?? article.kind}:${name.toLowerCase()}`;
      const owner = owners.get(key);
      if (owner && owner !== article) {
        const field = name === article.meta.code ? "code" : "aliases";
        problems.push({
          file: article.file,
          line: article.lineOf([field]),
          field,
          message: `"${name}" is already claimed by ${owner.file}; each code or alias belongs to one guide per provider`,
        });
      } else {
        owners.set(key, article);
      }
    }
  }
}
