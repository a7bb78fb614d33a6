import { readdir, readFile, stat } from "node:fs/promises";
import path from "node:path";
import { parseArticle, type Article } from "./article";
import { checkCrossReferences } from "./links";
import { locateArticle } from "./paths";
import { checkTrees, parseTree, type Tree } from "./tree";
import { NO_REDIRECTS, parseRedirects, type Redirects } from "./redirects";
import { checkRegistry, registrySchema } from "./registry";
import { ContentError, type Problem } from "./problems";

/** Everything under `content/`, validated and indexed. */
export type Library = {
  articles: Article[];
  byUrl: ReadonlyMap<string, Article>;
  trees: Tree[];
  treeById: ReadonlyMap<string, Tree>;
  redirects: Redirects;
  /** The decision tree of each guide, by the guide's URL. */
  treeByGuide: ReadonlyMap<string, Tree>;
};

export type LoadResult = { library: Library; problems: Problem[] };

export const REDIRECTS = "redirects.yaml";
export const REGISTRY = "registry.json";

/** The content folder: `content/` in the project, or FIXPATH_CONTENT_DIR (tests and benchmarks). */
export function contentRoot(): string {
  return process.env.FIXPATH_CONTENT_DIR ?? path.join(process.cwd(), "content");
}

async function listFiles(root: string, dir = ""): Promise<string[]> {
  const entries = await readdir(path.join(root, dir), { withFileTypes: true });
  const files = await Promise.all(
    entries.map((entry) => {
      const relative = dir ? `${dir}/${entry.name}` : entry.name;
      return entry.isDirectory() ? listFiles(root, relative) : Promise.resolve([relative]);
    }),
  );
  return files.flat().sort();
}

/**
 * Reads and validates every file under `root`. Never throws for bad content: it returns the problems.
 * Messages name files relative to the working directory, or under `displayRoot` when given.
 */
export async function loadLibrary(root: string, displayRoot?: string): Promise<LoadResult> {
  const problems: Problem[] = [];
  const display = (relative: string) =>
    displayRoot !== undefined ? `${displayRoot}/${relative}` : path.relative(process.cwd(), path.join(root, relative));
  const files = await listFiles(root);
  const read = (relative: string) => readFile(path.join(root, relative), "utf8");
  // Redirects first: renamed anchors are compiled into the articles they now point into.
  const redirects = files.includes(REDIRECTS) ? parseRedirects(await read(REDIRECTS), display(REDIRECTS), problems) : NO_REDIRECTS;
  const articles: Article[] = [];
  const trees: Tree[] = [];
  // Articles that exist but failed validation: links to them are not reported again as dead.
  const broken = new Set<string>();
  const brokenTrees = new Set<string>();
  for (const relative of files) {
    const file = display(relative);
    if (relative.endsWith(".mdx")) {
      const article = await parseArticle(relative, file, await read(relative), problems, redirects);
      const location = locateArticle(relative);
      if (article) articles.push(article);
      else if (!("error" in location)) broken.add(location.url);
    } else if (relative.startsWith("trees/")) {
      const tree = parseTree(relative, file, await read(relative), problems);
      if (tree) trees.push(tree);
      else brokenTrees.add(path.basename(relative).replace(/\.ya?ml$/, ""));
    } else if (relative !== REDIRECTS && relative !== REGISTRY && !path.basename(relative).startsWith(".")) {
      problems.push({
        file,
        field: "path",
        message: `not an article; content/ holds .mdx articles, trees/*.yaml, ${REDIRECTS} and ${REGISTRY} only`,
      });
    }
  }
  checkCrossReferences(articles, broken, problems);
  checkTrees(trees, articles, { articles: broken, trees: brokenTrees }, problems);
  const library: Library = {
    articles,
    byUrl: new Map(articles.map((a) => [a.url, a])),
    trees,
    treeById: new Map(trees.map((t) => [t.id, t])),
    treeByGuide: new Map(trees.map((t) => [t.data.guide, t])),
    redirects,
  };
  // The published-URL registry is only compared when everything else is sound: a broken article would
  // otherwise be reported a second time as missing pages and anchors.
  if (problems.length === 0) {
    if (!files.includes(REGISTRY)) {
      problems.push({ file: display(REGISTRY), field: "registry", message: "missing; run npm run registry:update and commit it" });
    } else {
      const parsed = registrySchema.safeParse(parseJson(await read(REGISTRY)));
      if (!parsed.success) problems.push({ file: display(REGISTRY), field: "registry", message: "not a valid registry; run npm run registry:update" });
      else checkRegistry(parsed.data, library, redirects, display(REGISTRY), problems);
    }
  }
  return { library, problems };
}

/** Files and their modification times: in development, a change reloads the library. */
async function fingerprint(root: string): Promise<string> {
  const files = await listFiles(root);
  const stats = await Promise.all(files.map((f) => stat(path.join(root, f))));
  return files.map((f, i) => `${f}:${stats[i]?.mtimeMs}:${stats[i]?.size}`).join("|");
}

let cached: { key: string; library: Promise<Library> } | undefined;

/**
 * The validated library, loaded once per process (the build compiles each article once). Throws a
 * ContentError listing every problem, so broken content fails `next build` as it fails the check.
 */
export async function getLibrary(): Promise<Library> {
  const root = contentRoot();
  const key = process.env.NODE_ENV === "production" ? root : `${root}#${await fingerprint(root)}`;
  if (cached?.key !== key) {
    const library = loadLibrary(root).then(({ library, problems }) => {
      if (problems.length > 0) throw new ContentError(problems);
      return library;
    });
    cached = { key, library };
  }
  return cached.library;
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}
