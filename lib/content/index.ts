/**
 * The content module's public face. Routes and scripts ask these functions; nothing else reads `content/`.
 */
import { getLibrary } from "./loader";
import type { Article } from "./article";
import type { ArticleKind } from "./schema";

export type { Article } from "./article";
export type { CauseSection, TocEntry } from "./collect";
export type { ArticleKind, ErrorClass, Frontmatter, Provider, Reference } from "./schema";
export { ERROR_CLASSES, PROVIDERS } from "./schema";
export { ContentError, formatProblem, type Problem } from "./problems";
export { getLibrary, loadLibrary } from "./loader";

export async function allArticles(kind?: ArticleKind): Promise<Article[]> {
  const { articles } = await getLibrary();
  return kind ? articles.filter((a) => a.kind === kind) : articles;
}

export async function getArticle(url: string): Promise<Article | undefined> {
  return (await getLibrary()).byUrl.get(url);
}

/** `generateStaticParams` for `/errors/[provider]/[slug]`. */
export async function errorGuideParams(): Promise<{ provider: string; slug: string }[]> {
  return (await allArticles("error")).map((a) => ({ provider: a.provider ?? "", slug: a.slug }));
}

/** `generateStaticParams` for `/compare/[slug]` and `/playbooks/[slug]`. */
export async function slugParams(kind: "compare" | "playbook"): Promise<{ slug: string }[]> {
  return (await allArticles(kind)).map((a) => ({ slug: a.slug }));
}

/** Related guides of an article, in the order the author listed them. */
export async function relatedArticles(article: Article): Promise<Article[]> {
  const { byUrl } = await getLibrary();
  return article.meta.related.map((url) => byUrl.get(url)).filter((a): a is Article => a !== undefined);
}
