import { toJsxRuntime } from "hast-util-to-jsx-runtime";
import { fromMarkdown } from "mdast-util-from-markdown";
import { toHast } from "mdast-util-to-hast";
import { Fragment, jsx, jsxs } from "react/jsx-runtime";
import type { Element, Root } from "hast";

/**
 * Renders a short Markdown string from a tree file (question text, answer labels): inline code, emphasis
 * and links. Raw HTML is never rendered (toHast drops it), and a single paragraph is unwrapped.
 */
export function InlineMarkdown({ text }: { text: string }) {
  const hast = toHast(fromMarkdown(text));
  // A Markdown root always converts to a hast root; anything else would be a bug upstream: render nothing.
  const root: Root = hast.type === "root" ? hast : { type: "root", children: [] };
  const only = root.children.length === 1 ? root.children[0] : undefined;
  const content: Root = only && isParagraph(only) ? { type: "root", children: only.children } : root;
  return toJsxRuntime(content, { Fragment, jsx, jsxs });
}

function isParagraph(node: Root["children"][number]): node is Element {
  return node.type === "element" && node.tagName === "p";
}
