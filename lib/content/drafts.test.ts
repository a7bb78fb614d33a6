import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { writeLibrary } from "./artifact";
import { loadFixture, replaceIn } from "./fixture";

/**
 * A draft is shown in development and in the preview build (FIXPATH_PREVIEW=1), and left out of the
 * published site: its page, the sitemap, llms.txt and the lookup. (Tests run with production semantics:
 * NODE_ENV is not "development".)
 */
let dir: string;
const DRAFT = "/errors/aws/accessdenied";

beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), "fixpath-drafts-"));
  const { library, messages } = await loadFixture({
    "errors/aws/accessdenied.mdx": replaceIn("lastVerified: 2026-10-01\n", "draft: true\n"),
  });
  // A published guide turned back into a draft is a removal the registry reports; the rest must be clean.
  expect(messages.filter((m) => !m.startsWith("content/registry.json"))).toEqual([]);
  writeLibrary(library, dir);
  process.env.FIXPATH_ARTIFACT_DIR = dir;
});

afterAll(async () => {
  delete process.env.FIXPATH_ARTIFACT_DIR;
  delete process.env.FIXPATH_PREVIEW;
  await rm(dir, { recursive: true, force: true });
});

describe("drafts", () => {
  it("are left out of the published site: pages, sitemap, llms.txt and the lookup", async () => {
    const { allArticles, getArticle, allTrees } = await import("./index");
    expect(getArticle(DRAFT)).toBeUndefined();
    expect(allArticles().map((a) => a.url)).not.toContain(DRAFT);
    expect(allTrees().map((t) => t.guide)).not.toContain(DRAFT);
    const sitemap = (await import("@/app/sitemap")).default();
    expect(sitemap.map((e) => e.url).some((u) => u.endsWith(DRAFT))).toBe(false);
    expect(sitemap.map((e) => e.url).some((u) => u.endsWith("/errors/aws/authfailure"))).toBe(true);
    const llms = await (await import("@/app/llms.txt/route")).GET().text();
    expect(llms).not.toContain(DRAFT);
    const { getLookup } = await import("@/lib/lookup/server");
    expect(getLookup().data.guides.map((g) => g.url)).not.toContain(DRAFT);
  });

  it("are shown in the preview build", async () => {
    process.env.FIXPATH_PREVIEW = "1";
    const { getArticle } = await import("./index");
    expect(getArticle(DRAFT)?.meta.draft).toBe(true);
  });
});
