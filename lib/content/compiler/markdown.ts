import type { BlockContent, Heading, Link, Nodes, Paragraph, PhrasingContent, Root, RootContent } from "mdast";
import { gfmToMarkdown } from "mdast-util-gfm";
import type { MdxJsxFlowElement, MdxJsxTextElement } from "mdast-util-mdx";
import { toMarkdown } from "mdast-util-to-markdown";

/** How each cause part is titled in plain Markdown (the same words as on the page). */
const PART_TITLES: Record<string, string> = {
  Symptom: "How you can tell",
  Check: "Check",
  Fix: "Fix",
  Verify: "Verify the fix",
};

export type MarkdownOptions = {
  /** Absolute origin for site-relative links, so the Markdown works outside the site. */
  origin: string;
  /** Page URL that `#anchor` links and cause links refer to. */
  pageUrl: string;
  /** The guide's decision tree, where `<DecisionTree />` stands. */
  treeUrl?: string;
};

type Jsx = MdxJsxFlowElement | MdxJsxTextElement;

function attribute(node: Jsx, name: string): string | undefined {
  const attr = node.attributes.find((a) => a.type === "mdxJsxAttribute" && a.name === name);
  return attr && typeof attr.value === "string" ? attr.value : undefined;
}

const text = (value: string): PhrasingContent => ({ type: "text", value });
const strongLine = (value: string): Paragraph => ({ type: "paragraph", children: [{ type: "strong", children: [text(value)] }] });
const linkLine = (label: string, url: string): Paragraph => ({ type: "paragraph", children: [text(label), { type: "link", url, children: [text(url)] }] });

/** Rewrites one node list: MDX components become plain Markdown, site links become absolute. */
function convert(nodes: RootContent[], options: MarkdownOptions): RootContent[] {
  return nodes.flatMap((node): RootContent[] => {
    if (node.type === "mdxjsEsm" || node.type === "mdxFlowExpression" || node.type === "mdxTextExpression") return [];
    if (node.type === "link") return [absoluteLink(node, options)];
    // The source wraps its lines for the writer; what is copied out reads as sentences.
    if (node.type === "text") return [{ ...node, value: node.value.replace(/[ \t]*\n[ \t]*/g, " ") }];
    if (node.type === "mdxJsxFlowElement" || node.type === "mdxJsxTextElement") {
      if (node.name === "DecisionTree") return options.treeUrl ? [linkLine("Diagnose it step by step: ", `${options.origin}${options.treeUrl}`)] : [];
      const children = convert(node.children as RootContent[], options);
      if (node.name === "Cause") {
        const id = attribute(node, "id");
        const heading: Heading = { type: "heading", depth: 3, children: [text(attribute(node, "title") ?? id ?? "")] };
        return [heading, ...(id ? [linkLine("Link: ", `${options.origin}${options.pageUrl}#${id}`)] : []), ...children];
      }
      if (node.name && PART_TITLES[node.name]) return [strongLine(PART_TITLES[node.name] ?? node.name), ...children];
      if (node.name === "Callout") {
        const title = attribute(node, "title") ?? "Note";
        return [{ type: "blockquote", children: [strongLine(title), ...(children as BlockContent[])] }];
      }
      return children;
    }
    if ("children" in node && Array.isArray(node.children)) {
      return [{ ...node, children: convert(node.children as RootContent[], options) } as RootContent];
    }
    return [node];
  });
}

function absoluteLink(node: Link, options: MarkdownOptions): Link {
  const { origin, pageUrl } = options;
  const url = node.url.startsWith("/") ? `${origin}${node.url}` : node.url.startsWith("#") ? `${origin}${pageUrl}${node.url}` : node.url;
  return { ...node, url, children: convert(node.children as RootContent[], options) as PhrasingContent[] };
}

function stringify(nodes: RootContent[]): string {
  const root: Nodes = { type: "root", children: nodes };
  return toMarkdown(root, { extensions: [gfmToMarkdown()], bullet: "-", fence: "`", rule: "-" }).trim();
}

/** Our own MDX as portable Markdown: the Markdown twin's body (footnotes stay footnotes). */
export function toPortableMarkdown(tree: Root, options: MarkdownOptions): string {
  return stringify(convert(tree.children, options));
}

function findCause(nodes: RootContent[], id: string): MdxJsxFlowElement | undefined {
  for (const node of nodes) {
    if (node.type === "mdxJsxFlowElement" && node.name === "Cause" && attribute(node, "id") === id) return node;
    if ("children" in node && Array.isArray(node.children)) {
      const inner = findCause(node.children as RootContent[], id);
      if (inner) return inner;
    }
  }
  return undefined;
}

function firstCode(nodes: RootContent[]): string | undefined {
  for (const node of nodes) {
    if (node.type === "code") return node.value;
    if ("children" in node && Array.isArray(node.children)) {
      const inner = firstCode(node.children as RootContent[]);
      if (inner !== undefined) return inner;
    }
  }
  return undefined;
}

/** What a ticket summary quotes of a cause: its Fix as Markdown, and the first command of its Verify. */
export function ticketParts(tree: Root, causeId: string, options: MarkdownOptions): { fixMarkdown: string; verifyCommand?: string } {
  const cause = findCause(tree.children, causeId);
  const part = (name: string) =>
    cause?.children.find((c): c is MdxJsxFlowElement => c.type === "mdxJsxFlowElement" && c.name === name)?.children ?? [];
  // Footnote citations mean nothing outside the page: a ticket keeps the words, not the [^label].
  const withoutCitations = (nodes: RootContent[]): RootContent[] =>
    nodes.flatMap((n) => (n.type === "footnoteReference" ? [] : "children" in n && Array.isArray(n.children) ? [{ ...n, children: withoutCitations(n.children as RootContent[]) } as RootContent] : [n]));
  return {
    fixMarkdown: stringify(convert(withoutCitations(part("Fix") as RootContent[]), options)),
    verifyCommand: firstCode(part("Verify") as RootContent[]),
  };
}
