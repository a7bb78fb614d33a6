/**
 * The content module's public face. Routes and scripts ask these functions; nothing else reads `content/`.
 */
import { getLibrary } from "./loader";
import type { Article } from "./article";
import { compileMdx } from "./mdx";
import type { ArticleKind } from "./schema";
import type { Tree } from "./tree";

export type { Article } from "./article";
export type { CauseSection, TocEntry } from "./collect";
export type { ArticleKind, ErrorClass, Frontmatter, Provider, Reference } from "./schema";
export type { Tree } from "./tree";
export type { Answer, QuestionNode, TreeData, TreeNode } from "./tree-schema";
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

export async function allTrees(): Promise<Tree[]> {
  return (await getLibrary()).trees;
}

export async function getTree(id: string): Promise<Tree | undefined> {
  return (await getLibrary()).treeById.get(id);
}

/** The decision tree that diagnoses a guide's error, if it has one. */
export async function treeForGuide(url: string): Promise<Tree | undefined> {
  return (await getLibrary()).treeByGuide.get(url);
}

const causeCode = new Map<string, Promise<string>>();

/**
 * One cause section compiled on its own (wizard outcomes show it without the rest of the guide).
 * Compiled on first use and kept for the life of the process.
 */
export async function getCauseCode(article: Article, causeId: string): Promise<string | undefined> {
  const cause = article.mdx.causes.find((c) => c.id === causeId);
  if (!cause) return undefined;
  const key = `${article.url}#${causeId}`;
  let code = causeCode.get(key);
  if (!code) {
    code = compileMdx(cause.source, `${article.file}#${causeId}`).then((compiled) => compiled.code);
    causeCode.set(key, code);
  }
  return code;
}
