import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import path from "node:path";
import type { VFile } from "vfile";
import { z } from "zod";
import type { Article } from "./model";
import { report } from "./problems";
import { pageRedirected, type Redirects } from "./redirects";
import { PAGE_ANCHORS, SITE_PAGES } from "./rules";
import { nearest } from "./suggest";
import { allPaths, step } from "./tree/step";
import type { Tree } from "./tree/types";

/**
 * content/registry.json: every public URL and anchor that has been published. `npm run registry:update`
 * adds the current ones; entries are never removed, so the check keeps asking for a redirect when one goes.
 */
export const registrySchema = z.strictObject({
  note: z.string().optional(),
  pages: z.array(z.string()),
  anchors: z.record(z.string(), z.array(z.string())),
  /** Answer paths of every wizard state, per tree ("" is the first question). */
  wizard: z.record(z.string(), z.array(z.string())),
});
export type Registry = z.infer<typeof registrySchema>;

export const REGISTRY_NOTE =
  "Every published URL and anchor. Add new ones with `npm run registry:update`; a published entry may only disappear with a redirect in content/redirects.yaml (or formerSlugs in a tree).";

/** The public URLs and anchors of the published library (drafts are not published). */
export function computeRegistry(articles: Article[], trees: Tree[]): Registry {
  const published = articles.filter((a) => !a.meta.draft).sort((a, b) => a.url.localeCompare(b.url));
  const guides = new Set(published.map((a) => a.url));
  const shown = trees.filter((t) => guides.has(t.guide)).sort((a, b) => a.id.localeCompare(b.id));
  const providers = [...new Set(published.flatMap((a) => (a.kind === "error" ? [a.provider] : [])))].sort();
  return {
    note: REGISTRY_NOTE,
    pages: [
      ...SITE_PAGES,
      ...providers.map((p) => `/errors/${p}`),
      ...published.flatMap((a) => [a.url, `${a.url}.md`]),
      ...shown.flatMap((t) => [`/diagnose/${t.id}`, `/diagnose/${t.id}/map`]),
    ],
    anchors: Object.fromEntries(published.map((a) => [a.url, [...new Set([...a.anchors, ...PAGE_ANCHORS])].sort()])),
    wizard: Object.fromEntries(shown.map((t) => [t.id, allPaths(t).map((p) => p.join("/"))])),
  };
}

/**
 * The registry as published: the version on `main` (where main and HEAD meet), so that ids a working tree
 * added and then renamed before merging are free. Falls back to the file on disk outside a git checkout.
 */
export function readPublishedRegistry(file: string): { registry?: Registry; from: string } {
  const git = (...args: string[]) => execFileSync("git", args, { cwd: path.dirname(file), encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] }).trim();
  let text: string | undefined;
  let from = file;
  try {
    const top = git("rev-parse", "--show-toplevel");
    const base = (() => {
      try {
        return git("merge-base", "HEAD", "main");
      } catch {
        return "HEAD";
      }
    })();
    text = git("show", `${base}:${path.relative(top, file).split(path.sep).join("/")}`);
    from = `${path.relative(top, file)} on main`;
  } catch {
    try {
      text = readFileSync(file, "utf8");
    } catch {
      return { from };
    }
  }
  try {
    return { registry: registrySchema.parse(JSON.parse(text)), from };
  } catch {
    return { from };
  }
}

/**
 * Everything published that is gone now without a redirect is reported on `file`, with the exact lines
 * that would fix it. Returns what is new (not yet registered). `broken` guides count as present.
 */
export function checkRegistry(published: Registry, current: Registry, trees: Tree[], redirects: Redirects, broken: ReadonlySet<string>, file: VFile): string[] {
  const pages = new Set(current.pages);
  // A page of a file that failed its own checks is not reported missing too (`.md` twins and maps included).
  const isBroken = (page: string) => broken.has(page.replace(/\.md$/, "").replace(/\/map$/, ""));
  const byId = new Map(trees.map((t) => [t.id, t]));
  // A whole tree that is gone is reported once, below, with one redirect for all its addresses.
  const treeGone = (page: string) => {
    const id = /^\/diagnose\/([^/]+)/.exec(page)?.[1];
    return id !== undefined && id in published.wizard && !byId.has(id);
  };
  for (const page of published.pages) {
    if (!pages.has(page) && !pageRedirected(redirects, page) && !isBroken(page) && !treeGone(page)) {
      const to = nearest(page, current.pages) ?? "/new/path";
      report(file, "pages", `${page} was published and no longer exists; restore it, or add under pages: in content/redirects.yaml:\n  - { from: ${page}, to: ${to} }`);
    }
  }
  for (const [page, anchors] of Object.entries(published.anchors)) {
    if (broken.has(page) || (!current.anchors[page] && pageRedirected(redirects, page))) continue;
    const now = current.anchors[page] ?? [];
    for (const anchor of anchors) {
      const redirected = redirects.anchors.some((r) => r.page === page && r.from === anchor && now.includes(r.to));
      if (!now.includes(anchor) && !redirected && current.anchors[page]) {
        const to = nearest(anchor, now) ?? "<new-id>";
        report(file, "anchors", `${page}#${anchor} was published and no longer exists; restore it, or add under anchors: in content/redirects.yaml:\n  - { page: ${page}, from: ${anchor}, to: ${to} }`);
      }
    }
  }
  for (const [treeId, paths] of Object.entries(published.wizard)) {
    const tree = byId.get(treeId);
    if (!tree) {
      if (!pageRedirected(redirects, `/diagnose/${treeId}`) && !isBroken(`/diagnose/${treeId}`)) {
        report(file, "wizard", `/diagnose/${treeId} was published and the tree is gone; restore it, or add under pages: in content/redirects.yaml:\n  - { from: /diagnose/${treeId}/:path*, to: /diagnose }`);
      }
      continue;
    }
    for (const p of paths) {
      if (!step(tree, p ? p.split("/") : []).ok) {
        report(file, "wizard", `/diagnose/${treeId}/${p} was published and no longer leads anywhere; keep the answer, or list its old slug under formerSlugs: of the renamed answer`);
      }
    }
  }
  const registered = {
    pages: new Set(published.pages),
    anchors: new Set(Object.entries(published.anchors).flatMap(([p, a]) => a.map((x) => `${p}#${x}`))),
    wizard: new Set(Object.entries(published.wizard).flatMap(([t, ps]) => ps.map((p) => `${t}/${p}`))),
  };
  return [
    ...current.pages.filter((p) => !registered.pages.has(p)),
    ...Object.entries(current.anchors).flatMap(([p, a]) => a.map((x) => `${p}#${x}`)).filter((x) => !registered.anchors.has(x)),
    ...Object.entries(current.wizard)
      .flatMap(([t, ps]) => ps.map((p) => `${t}/${p}`))
      .filter((x) => !registered.wizard.has(x))
      .map((x) => `/diagnose/${x}`),
  ];
}

/** The registry after `registry:update`: what was published, plus everything current. */
export function mergeRegistry(existing: Registry | undefined, current: Registry): Registry {
  const union = (a: string[] = [], b: string[] = []) => [...new Set([...a, ...b])];
  const keys = (a: Record<string, unknown> = {}, b: Record<string, unknown> = {}) => [...new Set([...Object.keys(a), ...Object.keys(b)])].sort();
  return {
    note: REGISTRY_NOTE,
    pages: union(existing?.pages, current.pages),
    anchors: Object.fromEntries(keys(existing?.anchors, current.anchors).map((p) => [p, union(existing?.anchors[p], current.anchors[p]).sort()])),
    wizard: Object.fromEntries(keys(existing?.wizard, current.wizard).map((t) => [t, union(existing?.wizard[t], current.wizard[t])])),
  };
}
