import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import { VFile } from "vfile";
import type { Article, BrokenFile, Library } from "../model";
import { urlOfPath } from "../paths";
import { problemsOf, report, type Problem } from "../problems";
import { anchorAliases, NO_REDIRECTS, parseRedirects, type Redirects } from "../redirects";
import { checkRegistry, computeRegistry, readPublishedRegistry, type Registry } from "../registry";
import { formerPathRedirects } from "../tree/step";
import type { Tree } from "../tree/types";
import { CompileCache, compilerFingerprint, hashOf } from "./cache";
import { checkCrossReferences } from "./check-links";
import { checkTrees } from "./check-trees";
import { PLACEHOLDER } from "./placeholder";
import { compileTree, type TreeLines } from "./compile-tree";
import { parseVerification, verificationPath } from "./verification";

export const REDIRECTS = "redirects.yaml";
export const REGISTRY = "registry.json";

export type CompileOptions = {
  /** The content folder. */
  root: string;
  /** How files are named in messages (default: relative to the working directory). */
  display?: (relative: string) => string;
  /** Where compile results are cached; none: compile everything. */
  cacheDir?: string;
  /** The published registry to guard; default: the one on main (readPublishedRegistry). `null`: skip the check. */
  published?: Registry | null;
};

export type CompileResult = {
  library: Library;
  /** Public URLs and anchors not yet in the registry (npm run registry:update adds them). */
  unregistered: string[];
  /** The registry of the library as it is now. */
  registry: Registry;
  stats: { files: number; compiled: number; reused: number };
};

type CachedArticle = { article?: Article; problems: Omit<Problem, "file">[] };
type CachedTree = { compiled?: { tree: Tree; lines: TreeLines }; problems: Omit<Problem, "file">[] };

async function listFiles(root: string, dir = ""): Promise<string[]> {
  const entries = await readdir(path.join(root, dir), { withFileTypes: true });
  const nested = await Promise.all(
    entries.map((entry) => {
      const relative = dir ? `${dir}/${entry.name}` : entry.name;
      return entry.isDirectory() ? listFiles(root, relative) : Promise.resolve([relative]);
    }),
  );
  return nested.flat().sort();
}

/**
 * The content compiler: reads everything under `root` once, compiles each changed guide through the one MDX
 * pipeline (unchanged ones come from the cache), checks what spans files, and returns the library with
 * every problem found. Never throws for bad content.
 */
export async function compileLibrary(options: CompileOptions): Promise<CompileResult> {
  const { root } = options;
  const display = options.display ?? ((relative: string) => path.relative(process.cwd(), path.join(root, relative)));
  const cache = options.cacheDir ? new CompileCache(options.cacheDir) : undefined;
  const fingerprint = compilerFingerprint();
  const relatives = await listFiles(root);
  // Every file is read once, all at once (a warm run is mostly waiting for the disk otherwise).
  const texts = new Map(await Promise.all(relatives.map(async (r) => [r, await readFile(path.join(root, r), "utf8")] as const)));
  const vfiles = new Map<string, VFile>();
  const open = async (relative: string) => {
    const file = new VFile({ path: display(relative), value: texts.get(relative) ?? "" });
    vfiles.set(relative, file);
    return file;
  };

  // Redirects first: renamed anchors are compiled into the articles they now point into.
  const redirects: Redirects = relatives.includes(REDIRECTS) ? parseRedirects(await open(REDIRECTS)) : NO_REDIRECTS;

  const articles = new Map<string, { article: Article; file: VFile }>();
  const trees: { tree: Tree; lines: TreeLines; file: VFile }[] = [];
  const broken: BrokenFile[] = [];
  let compiled = 0;
  let reused = 0;

  for (const relative of relatives) {
    if (relative.endsWith(".mdx")) {
      const file = await open(relative);
      const url = urlOfPath(relative);
      const aliases = anchorAliases(redirects, url ?? "");
      const key = hashOf(fingerprint, relative, String(file.value), JSON.stringify([...aliases]));
      let result = cache?.get<CachedArticle>(key);
      if (result) {
        reused++;
        for (const p of result.problems) report(file, p.field, p.message, p.line);
      } else {
        compiled++;
        // The MDX pipeline (MDX, Shiki) loads only when something changed: a warm run never pays for it.
        const { compileArticle } = await import("./compile-article");
        const article = await compileArticle(relative, file, aliases);
        result = { article, problems: problemsOf([file]).map(({ line, field, message }) => ({ line, field, message })) };
        cache?.set(key, result);
      }
      if (result.article) articles.set(result.article.url, { article: { ...result.article, file: file.path }, file });
      else broken.push({ url, file: file.path });
    } else if (relative.startsWith("trees/")) {
      const file = await open(relative);
      const key = hashOf(fingerprint, relative, String(file.value));
      let result = cache?.get<CachedTree>(key);
      if (result) {
        for (const p of result.problems) report(file, p.field, p.message, p.line);
      } else {
        const compiledTree = compileTree(relative, file);
        result = { compiled: compiledTree, problems: problemsOf([file]).map(({ line, field, message }) => ({ line, field, message })) };
        cache?.set(key, result);
      }
      if (result.compiled) trees.push({ tree: { ...result.compiled.tree, file: file.path }, lines: result.compiled.lines, file });
      else broken.push({ treeId: path.basename(relative).replace(/\.ya?ml$/, ""), file: file.path });
    } else if (!(relative.startsWith("verification/") && relative.endsWith(".md")) && relative !== REDIRECTS && relative !== REGISTRY && !path.basename(relative).startsWith(".")) {
      const file = new VFile({ path: display(relative) });
      vfiles.set(relative, file);
      report(file, "path", `not content; content/ holds errors/, compare/ and playbooks/ articles (.mdx), trees/*.yaml, verification/**/*.md, ${REDIRECTS} and ${REGISTRY}`);
    }
  }
  cache?.prune();

  const brokenUrls = new Set(broken.flatMap((b) => (b.url ? [b.url] : [])));
  const brokenTrees = new Set(broken.flatMap((b) => (b.treeId ? [b.treeId] : [])));
  checkCrossReferences(articles, brokenUrls);
  checkTrees(trees, articles, { articles: brokenUrls, trees: brokenTrees });
  await checkVerification(relatives, articles, brokenUrls, open);

  for (const t of trees) {
    const guide = articles.get(t.tree.guide)?.article;
    if (guide && !guide.meta.draft && String(t.file.value).includes(PLACEHOLDER)) {
      report(t.file, "draft", `${PLACEHOLDER} is still in this tree; write it before its guide is published`);
    }
  }
  const allArticles = [...articles.values()].map((a) => a.article);
  // A tree that breaks a graph rule could loop or lead nowhere: only sound trees are walked and served.
  for (const t of trees) if (t.file.messages.length > 0) broken.push({ treeId: t.tree.id, file: t.file.path });
  const allTrees = trees.filter((t) => t.file.messages.length === 0).map((t) => t.tree);
  const unsound = new Set(trees.filter((t) => t.file.messages.length > 0).map((t) => t.tree.id));
  const registry = computeRegistry(allArticles, allTrees);
  let unregistered: string[] = [];
  const published = options.published === undefined ? readPublishedRegistry(path.join(root, REGISTRY)).registry : options.published;
  if (published !== null) {
    const file = vfiles.get(REGISTRY) ?? new VFile({ path: display(REGISTRY) });
    vfiles.set(REGISTRY, file);
    // Trees of broken guides are not in the current registry either: neither is reported as gone.
    const treesOfBroken = allTrees.filter((t) => brokenUrls.has(t.guide)).map((t) => t.id);
    const brokenAll = new Set([...brokenUrls, ...[...brokenTrees, ...unsound, ...treesOfBroken].map((t) => `/diagnose/${t}`)]);
    unregistered = published ? checkRegistry(published, registry, allTrees, redirects, brokenAll, file) : registry.pages;
  }

  const library: Library = {
    articles: allArticles,
    trees: allTrees,
    redirects: { pages: [...redirects.pages, ...allTrees.flatMap(formerPathRedirects)], anchors: redirects.anchors },
    broken,
    problems: problemsOf([...vfiles.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([, f]) => f)),
  };
  return { library, unregistered, registry, stats: { files: relatives.length, compiled, reused } };
}

/** Every published guide has its checker's table, dated the day of its lastVerified, with no open claim. */
async function checkVerification(
  relatives: string[],
  articles: Map<string, { article: Article; file: VFile }>,
  brokenUrls: ReadonlySet<string>,
  open: (relative: string) => Promise<VFile>,
) {
  for (const { article, file } of articles.values()) {
    const tablePath = verificationPath(article.relative);
    if (!relatives.includes(tablePath)) {
      if (!article.meta.draft) report(file, "verification", `no verification table; the checker writes content/${tablePath} (see CONTRIBUTING.md)`, article.lines.lastVerified);
      continue;
    }
    const tableFile = await open(tablePath);
    const table = parseVerification(tableFile);
    if (table && table.guide !== article.url) report(tableFile, "guide", `names ${table.guide}, but this table belongs to ${article.url}`, 2);
    if (table && !article.meta.draft && table.verified !== article.meta.lastVerified) {
      report(file, "lastVerified", `is ${article.meta.lastVerified ?? "missing"}, but ${tableFile.path} was verified on ${table.verified}; make them the same day`, article.lines.lastVerified);
    }
  }
  for (const relative of relatives.filter((f) => f.startsWith("verification/") && f.endsWith(".md"))) {
    const guide = `/${relative.slice("verification/".length, -".md".length)}`;
    if (!articles.has(guide) && !brokenUrls.has(guide)) {
      const file = await open(relative);
      report(file, "path", `no guide at ${guide} for this verification table; name it after the guide's path`);
    }
  }
}
