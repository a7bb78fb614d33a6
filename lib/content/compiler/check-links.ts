import type { VFile } from "vfile";
import type { Article } from "../model";
import { report } from "../problems";
import { RESERVED_ANCHORS, SITE_PAGES } from "../rules";
import { hint } from "../suggest";

type Entry = { article: Article; file: VFile };

/**
 * What spans articles: duplicate codes and anchors, `related` entries, and every internal link and
 * `#anchor` in every body. `broken` are guides that exist but failed their own checks: links to them are
 * not reported again.
 */
export function checkCrossReferences(articles: Map<string, Entry>, broken: ReadonlySet<string>) {
  checkDuplicateCodes([...articles.values()]);
  for (const { article, file } of articles.values()) {
    const seen = new Set<string>();
    for (const id of article.anchors) {
      if ((RESERVED_ANCHORS as readonly string[]).includes(id)) report(file, "anchor", `#${id} is reserved by the page layout; reword the heading or rename the cause`);
      if (seen.has(id)) report(file, "anchor", `#${id} is used twice; rename a heading or a cause id`);
      seen.add(id);
    }
    article.meta.related.forEach((url, index) => {
      const line = article.lines[`related.${index}`];
      if (url === article.url) report(file, `related[${index}]`, "a guide cannot be related to itself", line);
      else if (!articles.has(url) && !broken.has(url)) report(file, `related[${index}]`, `${url} is not a guide; ${hint(url, [...articles.keys()])}`, line);
    });
    for (const link of article.links) {
      const message = checkLink(link.href, article, articles, broken);
      if (message) report(file, "link", message, link.line);
    }
  }
}

function checkLink(href: string, from: Article, articles: Map<string, Entry>, broken: ReadonlySet<string>): string | undefined {
  if (/^https:\/\//.test(href) || href.startsWith("mailto:")) return undefined;
  if (/^[a-z][a-z0-9+.-]*:/i.test(href)) return `${href} is not an https link; link to https documentation, or put example URLs in \`code\``;
  const [path = "", anchor] = href.split("#");
  if (broken.has(path)) return undefined; // that file reports its own problems
  const target = path === "" ? from : articles.get(path)?.article;
  if (!target) {
    if ((SITE_PAGES as readonly string[]).includes(path) && !anchor) return undefined;
    return `${href} does not resolve: no page at ${path}; ${hint(path, [...articles.keys()])}`;
  }
  if (anchor !== undefined && !target.anchors.includes(anchor) && !target.footnotes.includes(anchor)) {
    return `${href} points at a missing anchor #${anchor} in ${target.url}; ${hint(anchor, target.anchors)}`;
  }
  return undefined;
}

function checkDuplicateCodes(entries: Entry[]) {
  const owners = new Map<string, Article>();
  for (const { article, file } of entries) {
    for (const name of [...article.meta.codes, ...article.meta.aliases]) {
      const key = `${article.provider ?? article.kind}:${name.toLowerCase()}`;
      const owner = owners.get(key);
      if (owner && owner !== article) {
        const field = article.meta.codes.includes(name) ? "codes" : "aliases";
        report(file, field, `"${name}" is already claimed by ${owner.file}; each code or alias belongs to one guide per provider (identify this guide by its messages instead)`, article.lines[field]);
      } else {
        owners.set(key, article);
      }
    }
  }
}
