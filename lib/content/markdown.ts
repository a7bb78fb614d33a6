import type { BlockContent, Heading, Link, Nodes, Paragraph, PhrasingContent, Root, RootContent } from "mdast";
import { fromMarkdown } from "mdast-util-from-markdown";
import { gfmFromMarkdown, gfmToMarkdown } from "mdast-util-gfm";
import { mdxFromMarkdown, type MdxJsxFlowElement, type MdxJsxTextElement } from "mdast-util-mdx";
import { toMarkdown } from "mdast-util-to-markdown";
import { gfm } from "micromark-extension-gfm";
import { mdxjs } from "micromark-extension-mdxjs";

/** How each cause part is titled in plain Markdown (the same words as on the page). */
const PART_TITLES: Record<string, string> = {
  Symptom: "How you can tell",
  Check: "Check",
  Fix: "Fix",
  Verify: "Verify the fix",
};

type Options = {
  /** Absolute origin for site-relative links, so the Markdown works outside the site. */
  origin: string;
  /** Page URL that `#anchor` links and cause links refer to. */
  pageUrl?: string;
  /** Heading depth for a cause title (3 in a guide). */
  causeDepth?: 1 | 2 | 3 | 4 | 5 | 6;
};

function attribute(node: MdxJsxFlowElement | MdxJsxTextElement, name: string): string | undefined {
  const attr = node.attributes.find((a) => a.type === "mdxJsxAttribute" && a.name === name);
  return attr && typeof attr.value === "string" ? attr.value : undefined;
}

const text = (value: string): PhrasingContent => ({ type: "text", value });
const strongLine = (value: string): Paragraph => ({ type: "paragraph", children: [{ type: "strong", children: [text(value)] }] });

/** Rewrites one node list: MDX components become plain Markdown, site links become absolute. */
function convert(nodes: RootContent[], options: Options): RootContent[] {
  return nodes.flatMap((node): RootContent[] => {
    if (node.type === "mdxjsEsm" || node.type === "mdxFlowExpression" || node.type === "mdxTextExpression") return [];
    if (node.type === "link") return [absoluteLink(node, options)];
    if (node.type === "mdxJsxFlowElement" || node.type === "mdxJsxTextElement") {
      const children = convert(node.children as RootContent[], options);
      if (node.name === "Cause") {
        const id = attribute(node, "id");
        const heading: Heading = { type: "heading", depth: options.causeDepth ?? 3, children: [text(attribute(node, "title") ?? id ?? "")] };
        const href = `${options.origin}${options.pageUrl}#${id}`;
        const where: RootContent[] =
          id && options.pageUrl ? [{ type: "paragraph", children: [text("Link: "), { type: "link", url: href, children: [text(href)] }] }] : [];
        return [heading, ...where, ...children];
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

function absoluteLink(node: Link, options: Options): Link {
  const url = node.url.startsWith("/") ? `${options.origin}${node.url}` : node.url.startsWith("#") && options.pageUrl ? `${options.origin}${options.pageUrl}${node.url}` : node.url;
  return { ...node, url, children: convert(node.children as RootContent[], options) as PhrasingContent[] };
}

/** MDX (our own content) as portable Markdown: for Markdown twins, llms and ticket summaries. */
export function mdxToMarkdown(source: string, options: Options): string {
  const tree: Root = fromMarkdown(source, {
    extensions: [mdxjs(), gfm()],
    mdastExtensions: [mdxFromMarkdown(), gfmFromMarkdown()],
  });
  const converted: Nodes = { type: "root", children: convert(tree.children, options) };
  return toMarkdown(converted, { extensions: [gfmToMarkdown()], bullet: "-", fence: "`", rule: "-" }).trim();
}

/** The first fenced code block of a Markdown/MDX part (a cause's verifying command). */
export function firstCodeBlock(source: string): string | undefined {
  const tree = fromMarkdown(source, { extensions: [mdxjs(), gfm()], mdastExtensions: [mdxFromMarkdown(), gfmFromMarkdown()] });
  let found: string | undefined;
  const walk = (nodes: RootContent[]) => {
    for (const node of nodes) {
      if (found !== undefined) return;
      if (node.type === "code") found = node.value;
      else if ("children" in node && Array.isArray(node.children)) walk(node.children as RootContent[]);
    }
  };
  walk(tree.children);
  return found;
}
