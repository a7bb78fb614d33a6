import type { Root } from "hast";
import { toHtml } from "hast-util-to-html";
import { fromMarkdown } from "mdast-util-from-markdown";
import { toHast } from "mdast-util-to-hast";
import { toString } from "mdast-util-to-string";
import type { RichText } from "../tree/types";

/**
 * A short Markdown text of a tree file (question, answer label, help): rendered once at build time. Raw HTML
 * in the source is dropped (toHast ignores it); a text of one paragraph becomes inline HTML.
 */
export function richText(md: string): RichText {
  const mdast = fromMarkdown(md);
  const hast = toHast(mdast);
  const root: Root = hast.type === "root" ? hast : { type: "root", children: [] };
  const only = root.children.length === 1 ? root.children[0] : undefined;
  const inline = only?.type === "element" && only.tagName === "p" ? only.children : root.children;
  return { md, html: toHtml(inline), plain: toString(mdast).replace(/\s+/g, " ").trim() };
}
