import type { Element, Root, RootContent } from "hast";
import type { MdxJsxFlowElementHast } from "mdast-util-mdx-jsx";

/**
 * rehype plugin: makes old anchors land on renamed sections. For each section id with former ids
 * (content/redirects.yaml), an empty element carrying the old id is placed at the start of the section,
 * so `#old-id` scrolls there with or without JavaScript.
 */
export function rehypeAnchorAliases(aliases: ReadonlyMap<string, string[]>) {
  return (tree: Root) => {
    if (aliases.size === 0) return;
    const visit = (node: Root | RootContent) => {
      if (node.type === "element" && /^h[2-6]$/.test(node.tagName) && typeof node.properties.id === "string") {
        const former = aliases.get(node.properties.id) ?? [];
        const markers: Element[] = former.map((id) => ({ type: "element", tagName: "span", properties: { id }, children: [] }));
        node.children.unshift(...markers);
      }
      if (node.type === "mdxJsxFlowElement" && node.name === "Cause") addFormerIds(node, aliases);
      if ("children" in node) for (const child of node.children) visit(child);
    };
    visit(tree);
  };
}

function addFormerIds(node: MdxJsxFlowElementHast, aliases: ReadonlyMap<string, string[]>) {
  const id = node.attributes.find((a) => a.type === "mdxJsxAttribute" && a.name === "id")?.value;
  const former = typeof id === "string" ? aliases.get(id) : undefined;
  if (former?.length) node.attributes.push({ type: "mdxJsxAttribute", name: "formerIds", value: former.join(" ") });
}
