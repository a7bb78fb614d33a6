import type { Element, ElementContent, Root, RootContent } from "hast";
import type { MdxJsxFlowElementHast } from "mdast-util-mdx-jsx";

type Node = Root | RootContent | ElementContent;

function causeId(node: Node): string | undefined {
  if (node.type !== "mdxJsxFlowElement" || node.name !== "Cause") return undefined;
  const id = node.attributes.find((a) => a.type === "mdxJsxAttribute" && a.name === "id")?.value;
  return typeof id === "string" ? id : undefined;
}

function findCause(tree: Root, id: string): MdxJsxFlowElementHast | undefined {
  let found: MdxJsxFlowElementHast | undefined;
  const walk = (node: Node) => {
    if (found) return;
    if (causeId(node) === id && node.type === "mdxJsxFlowElement") found = node;
    else if ("children" in node) (node.children as Node[]).forEach(walk);
  };
  walk(tree);
  return found;
}

function elements(node: Node, test: (e: Element) => boolean, out: Element[] = []): Element[] {
  if (node.type === "element" && test(node)) out.push(node);
  if ("children" in node) for (const child of node.children as Node[]) elements(child, test, out);
  return out;
}

/**
 * One cause of a page's HTML tree, cut out to be shown on its own (a wizard outcome):
 * - its same-page links point at the guide (`#what-it-means` → `/errors/aws/x#what-it-means`), since the
 *   sections they name are not on the outcome page;
 * - the sources it cites come along, numbered as on the guide page, with back-links only to the
 *   citations that are in this cause.
 */
export function causeFragment(page: Root, id: string, guideUrl: string): Root | undefined {
  const found = findCause(page, id);
  if (!found) return undefined;
  const cause = structuredClone(found);
  const refs = elements(cause, (e) => "dataFootnoteRef" in e.properties);
  const cited = new Set(refs.map((r) => String(r.properties.href ?? "").replace(/^#/, "")));
  const refIds = new Set(refs.map((r) => String(r.properties.id ?? "")));
  for (const link of elements(cause, (e) => e.tagName === "a" && typeof e.properties.href === "string")) {
    const href = String(link.properties.href);
    if (href.startsWith("#") && !cited.has(href.slice(1))) link.properties.href = `${guideUrl}${href}`;
  }

  const children: RootContent[] = [cause];
  const section = elements(page, (e) => "dataFootnotes" in e.properties)[0];
  if (section && cited.size > 0) {
    const list = elements(section, (e) => e.tagName === "ol")[0];
    const items = (list?.children ?? []).filter((c): c is Element => c.type === "element" && c.tagName === "li");
    const kept = items.flatMap((item, index): Element[] => {
      if (!cited.has(String(item.properties.id))) return [];
      const copy = structuredClone(item);
      copy.properties.value = String(index + 1); // the number the citation shows
      for (const back of elements(copy, (e) => "dataFootnoteBackref" in e.properties)) {
        if (!refIds.has(String(back.properties.href ?? "").replace(/^#/, ""))) back.properties.href = `${guideUrl}${String(back.properties.href)}`;
      }
      return [copy];
    });
    const title = elements(section, (e) => e.tagName === "h2")[0];
    children.push({
      ...section,
      children: [...(title ? [structuredClone(title)] : []), { type: "element", tagName: "ol", properties: {}, children: kept }],
    });
  }
  return { type: "root", children };
}
