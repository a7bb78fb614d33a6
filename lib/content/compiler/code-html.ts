import type { Element, ElementContent, Root, RootContent } from "hast";
import { toHtml } from "hast-util-to-html";
import type { MdxJsxFlowElementHast } from "mdast-util-mdx-jsx";

/**
 * rehype plugin, run after rehype-pretty-code: each highlighted `<pre><code>` becomes
 * `<CodeHtml language html>`, its coloured spans serialised to one HTML string.
 *
 * Why: a code block is hundreds of tiny spans. As React elements, every one of them is sent again in the
 * page's RSC payload and walked during hydration, which made long guides slow on phones. As one string,
 * the browser parses them with the page and React hydrates one `<code>` element. The string is safe:
 * it is built here, at build time, from our own content/ files, and hast-util-to-html escapes the code text.
 *
 * Adjacent tokens of the same colour are merged first (" sts" + " get-caller-identity"), which changes
 * nothing on screen.
 */
export function rehypeCodeHtml() {
  return (tree: Root) => {
    const visit = (node: Root | RootContent) => {
      if (!("children" in node)) return;
      if (node.type === "element" && node.tagName === "pre") {
        const at = node.children.findIndex((c) => c.type === "element" && c.tagName === "code");
        const code = node.children[at];
        if (code?.type === "element") node.children[at] = codeHtml(code);
        return;
      }
      for (const child of node.children) visit(child);
    };
    visit(tree);
  };
}

function codeHtml(code: Element): MdxJsxFlowElementHast {
  for (const line of code.children) if (line.type === "element") line.children = mergeTokens(line.children);
  const language = code.properties.dataLanguage ?? code.properties["data-language"];
  return {
    type: "mdxJsxFlowElement",
    name: "CodeHtml",
    attributes: [
      ...(typeof language === "string" ? [{ type: "mdxJsxAttribute" as const, name: "language", value: language }] : []),
      { type: "mdxJsxAttribute", name: "html", value: toHtml(code.children) },
    ],
    children: [],
  };
}

/** Merges neighbouring `<span style>` tokens with the same style and only text inside. */
function mergeTokens(tokens: ElementContent[]): ElementContent[] {
  const merged: ElementContent[] = [];
  for (const token of tokens) {
    const last = merged.at(-1);
    if (isTextSpan(token) && last && isTextSpan(last) && last.properties.style === token.properties.style) {
      (last.children[0] as { value: string }).value += (token.children[0] as { value: string }).value;
    } else {
      merged.push(token);
    }
  }
  return merged;
}

function isTextSpan(node: ElementContent): node is Element {
  return node.type === "element" && node.tagName === "span" && node.children.length === 1 && node.children[0]?.type === "text";
}
