import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { getArticle, getTree } from "@/lib/content";
import { ALL_LINKS } from "./guides";
import { CAUSE_OFFERS, QUESTION_OFFERS } from "./offers";

/** The published URLs and anchors: a finding may only cite what tickets can rely on. */
const registry = JSON.parse(readFileSync("content/registry.json", "utf8")) as { pages: string[]; anchors: Record<string, string[]> };

function published(href: string): boolean {
  const [page = "", anchor] = href.split("#");
  if (!registry.pages.includes(page)) return false;
  return anchor === undefined || (registry.anchors[page] ?? []).includes(anchor);
}

describe("guide links of the analyzers", () => {
  it("cite only published guides and anchors", () => {
    expect(ALL_LINKS.length).toBeGreaterThan(40);
    expect(ALL_LINKS.filter((link) => !published(link.href)).map((link) => link.href)).toEqual([]);
  });

  it("cite anchors that are cause sections of the guide in the compiled library", () => {
    const missing = ALL_LINKS.filter((link) => {
      const [page = "", anchor = ""] = link.href.split("#");
      const article = getArticle(page);
      return !article || !("causes" in article) || !article.causes.some((cause) => cause.id === anchor);
    });
    expect(missing.map((link) => link.href)).toEqual([]);
  });

  it("offer the analyzer only on cause sections and wizard questions that exist", () => {
    expect(Object.keys(CAUSE_OFFERS).filter((href) => !published(href))).toEqual([]);
    const missing = Object.keys(QUESTION_OFFERS).filter((key) => {
      const [tree = "", node = ""] = key.split("/");
      return getTree(tree)?.nodes[node]?.kind !== "question";
    });
    expect(missing).toEqual([]);
  });
});
