import type { Element, ElementContent, Root, RootContent } from "hast";
import type { MdxJsxTextElementHast } from "mdast-util-mdx-jsx";

/** The programs whose commands readers copy out of a fix step. */
const COMMAND = /^(?:sudo\s+)?(?:aws|gcloud|gsutil|bq|az|kubectl|helm|eksctl|docker|podman|crane|skopeo|git|gh|ssh|ssh-add|ssh-keygen|npm|npx|yarn|pnpm|curl|terraform|openssl|export|unset|env|printf|date|timedatectl|chronyc|systemctl|security|cmdkey|Set-|Get-|Connect-)\b\S*\s+\S/;

type Node = Root | RootContent | ElementContent;

/**
 * rehype plugin: in the Fix part of a cause, an inline command (`aws configure set region eu-west-1`)
 * gets a copy button of its own (`<InlineCommand>`), like the command blocks.
 */
export function rehypeInlineCommands() {
  return (tree: Root) => {
    const visit = (node: Node, inFix: boolean) => {
      if (!("children" in node)) return;
      const fix = inFix || (node.type === "mdxJsxFlowElement" && node.name === "Fix");
      node.children.forEach((child, index) => {
        if (fix && child.type === "element" && child.tagName === "code") {
          const text = textOf(child);
          if (COMMAND.test(text)) (node.children as unknown[])[index] = command(text);
          return;
        }
        if (child.type === "element" && child.tagName === "pre") return;
        visit(child as Node, fix);
      });
    };
    visit(tree, false);
  };
}

function textOf(node: Element): string {
  return node.children.map((c) => (c.type === "text" ? c.value : c.type === "element" ? textOf(c) : "")).join("");
}

function command(text: string): MdxJsxTextElementHast {
  return { type: "mdxJsxTextElement", name: "InlineCommand", attributes: [{ type: "mdxJsxAttribute", name: "command", value: text }], children: [] };
}
