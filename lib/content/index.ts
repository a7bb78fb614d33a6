/**
 * The content module's only way in. Routes, the lookup, twins and tickets ask these functions, which read
 * the library the compiler wrote (`npm run content`); nothing else reads content/ or parses MDX.
 */
import { readCompiled, readLibrary } from "./artifact";
import type { Article, BrokenFile, Cause, ErrorGuide, Library } from "./model";
import type { Problem } from "./problems";
import type { Tree } from "./tree/types";
import type { ArticleKind } from "../vocabulary";

export type { Article, BrokenFile, Cause, CompareGuide, ErrorGuide, Library, LinkRef, Playbook, TocEntry } from "./model";
export type { Frontmatter, MessagePattern, Reference } from "./schema";
export type { Problem } from "./problems";
export type { Answer, DeadEndNode, HandoverNode, OutcomeNode, QuestionNode, RichText, Tree, TreeNode } from "./tree/types";
export { allPaths, longestPath, mapUrl, preAnswered, shortestPaths, step, stateUrl, type TakenAnswer, type ValidState, type WizardState } from "./tree/step";
export { ARTICLE_KINDS, ERROR_CLASSES, PROVIDERS, type ArticleKind, type ErrorClass, type Provider } from "../vocabulary";
export { formatProblem, ContentError } from "./problems";
export { absolutizeMarkdown } from "./absolute";
export { normaliseCode, treeIdFor } from "./rules";
export { libraryVersion } from "./artifact";

/** Drafts are shown in development and in the preview build (FIXPATH_PREVIEW=1), never in the published site. */
export function showDrafts(): boolean {
  return process.env.NODE_ENV === "development" || process.env.FIXPATH_PREVIEW === "1";
}

type View = {
  library: Library;
  drafts: boolean;
  articles: Article[];
  byUrl: Map<string, Article>;
  trees: Tree[];
  treeById: Map<string, Tree>;
  treeByGuide: Map<string, Tree>;
};

let view: View | undefined;

/** The library as this deployment shows it (drafts only where they are shown), indexed once per library. */
function current(): View {
  const library = readLibrary();
  const drafts = showDrafts();
  if (view?.library !== library || view.drafts !== drafts) {
    const articles = library.articles.filter((a) => drafts || !a.meta.draft);
    const byUrl = new Map(articles.map((a) => [a.url, a]));
    const trees = library.trees.filter((t) => byUrl.has(t.guide));
    view = {
      library,
      drafts,
      articles,
      byUrl,
      trees,
      treeById: new Map(trees.map((t) => [t.id, t])),
      treeByGuide: new Map(trees.map((t) => [t.guide, t])),
    };
  }
  return view;
}

export function allArticles(kind?: ArticleKind): Article[] {
  const { articles } = current();
  return kind ? articles.filter((a) => a.kind === kind) : articles;
}

export function errorGuides(): ErrorGuide[] {
  return current().articles.filter((a): a is ErrorGuide => a.kind === "error");
}

export function getArticle(url: string): Article | undefined {
  return current().byUrl.get(url);
}

/** Related guides of an article, in the order the author listed them. */
export function relatedArticles(article: Article): Article[] {
  const { byUrl } = current();
  return article.meta.related.flatMap((url) => byUrl.get(url) ?? []);
}

export function allTrees(): Tree[] {
  return current().trees;
}

export function getTree(id: string): Tree | undefined {
  return current().treeById.get(id);
}

/** The decision tree that diagnoses a guide's error, if it has one. */
export function treeForGuide(url: string): Tree | undefined {
  return current().treeByGuide.get(url);
}

/** A cause of a guide, by the guide's URL and the cause id. */
export function getCause(url: string, causeId: string): { article: Article; cause: Cause } | undefined {
  const article = getArticle(url);
  const cause = article?.causes.find((c) => c.id === causeId);
  return article && cause ? { article, cause } : undefined;
}

/** Page redirects the server applies (content/redirects.yaml and renamed wizard answers), validated by the compiler. */
export function pageRedirects(): Library["redirects"]["pages"] {
  return readCompiled().redirects.pages;
}

/** In development, a file that did not compile and the problems to show on its page. */
export function brokenFile(match: { url?: string; treeId?: string }): { file: BrokenFile; problems: Problem[] } | undefined {
  const library = readLibrary();
  const file = library.broken.find((b) => (match.url && b.url === match.url) || (match.treeId && b.treeId === match.treeId));
  return file && { file, problems: library.problems.filter((p) => p.file === file.file) };
}

/** In development, the problems of one content file (its page shows them above the guide). */
export function problemsOfFile(file: string): Problem[] {
  return process.env.NODE_ENV === "development" ? readLibrary().problems.filter((p) => p.file === file) : [];
}

/** Every problem in the library (development shows them; a production build refuses to start with any). */
export function contentProblems(): Problem[] {
  return readLibrary().problems;
}

/** The label a guide is shown by: its first real code, or its title when it has none. */
export function guideLabel(article: Article): string {
  return article.meta.codes[0] ?? article.meta.title;
}

/** In development, the URLs of guides that failed to compile: their pages exist to show the problems. */
function brokenUrls(prefix: string): string[] {
  if (!showDrafts()) return [];
  return readLibrary().broken.flatMap((b) => (b.url?.startsWith(prefix) ? [b.url] : []));
}

/** `generateStaticParams` for `/errors/[provider]/[slug]`. */
export function errorGuideParams(): { provider: string; slug: string }[] {
  const urls = [...errorGuides().map((a) => a.url), ...brokenUrls("/errors/")];
  return urls.map((url) => {
    const [, , provider = "", slug = ""] = url.split("/");
    return { provider, slug };
  });
}

/** `generateStaticParams` for `/compare/[slug]` and `/playbooks/[slug]`. */
export function slugParams(kind: "compare" | "playbook"): { slug: string }[] {
  const prefix = kind === "compare" ? "/compare/" : "/playbooks/";
  return [...allArticles(kind).map((a) => a.url), ...brokenUrls(prefix)].map((url) => ({ slug: url.slice(prefix.length) }));
}
