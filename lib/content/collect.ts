import type { Element, ElementContent, Root, RootContent } from "hast";
import { toString } from "hast-util-to-string";
import type { MdxJsxAttribute, MdxJsxFlowElementHast } from "mdast-util-mdx-jsx";
import type { VFile } from "vfile";
import type { Problem } from "./problems";

/** The parts every cause has, in order, as MDX component names. */
export const CAUSE_PARTS = ["Symptom", "Check", "Fix", "Verify"] as const;
export type CausePart = (typeof CAUSE_PARTS)[number];

export type TocEntry = { id: string; text: string; depth: 2 | 3 };
export type Anchor = { id: string; line?: number };
export type LinkRef = { href: string; line?: number };

export type CauseSection = {
  id: string;
  title: string;
  line?: number;
  /** The whole `<Cause>` element as MDX source, compiled on its own for wizard outcomes. */
  source: string;
  /** Each part's inner MDX source (Markdown), for ticket summaries and the Markdown twin. */
  parts: Partial<Record<CausePart, string>>;
};

/** What one compile learns about an article: everything that links and checks need. */
export type Collected = {
  toc: TocEntry[];
  anchors: Anchor[];
  links: LinkRef[];
  causes: CauseSection[];
  wordCount: number;
  /** Problems found inside the body (line numbers are file lines); the loader adds the file name. */
  problems: Omit<Problem, "file">[];
};

declare module "vfile" {
  interface DataMap {
    fixpath: Collected;
  }
}

type Node = Root | RootContent | ElementContent;

function isJsx(node: Node, name?: string): node is MdxJsxFlowElementHast {
  return node.type === "mdxJsxFlowElement" && (name === undefined || node.name === name);
}

function stringAttribute(node: MdxJsxFlowElementHast, name: string): string | undefined {
  const attribute = node.attributes.find(
    (a): a is MdxJsxAttribute => a.type === "mdxJsxAttribute" && a.name === name,
  );
  return typeof attribute?.value === "string" ? attribute.value : undefined;
}

function sliceChildren(source: string, node: MdxJsxFlowElementHast): string {
  const positioned = node.children.filter((child) => child.position?.start.offset !== undefined);
  const first = positioned[0]?.position?.start.offset;
  const last = positioned[positioned.length - 1]?.position?.end.offset;
  return first === undefined || last === undefined ? "" : source.slice(first, last).trim();
}

const CAUSE_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** rehype plugin: records headings, anchors, links and causes into `file.data.fixpath`. */
export function rehypeCollect() {
  return (tree: Root, file: VFile) => {
    const source = String(file.value);
    const out: Collected = { toc: [], anchors: [], links: [], causes: [], wordCount: 0, problems: [] };

    const visit = (node: Node, inCause: boolean) => {
      const line = "position" in node ? node.position?.start.line : undefined;
      if (node.type === "element") {
        visitElement(node, line, out);
        if (node.tagName === "pre") return; // code is not prose: skip it for the word count
      } else if (node.type === "text") {
        out.wordCount += node.value.split(/\s+/).filter(Boolean).length;
      } else if (isJsx(node)) {
        const href = stringAttribute(node, "href");
        if (href) out.links.push({ href, line });
        if (node.name === "Cause") {
          if (inCause) out.problems.push({ line, field: "cause", message: "a <Cause> cannot contain another <Cause>" });
          visitCause(node, line, source, out);
          inCause = true;
        }
      }
      if ("children" in node) for (const child of node.children) visit(child, inCause);
    };
    visit(tree, false);
    file.data.fixpath = out;
  };
}

function visitElement(node: Element, line: number | undefined, out: Collected) {
  const id = typeof node.properties.id === "string" ? node.properties.id : undefined;
  const heading = /^h([2-6])$/.exec(node.tagName);
  if (heading && id) {
    out.anchors.push({ id, line });
    const depth = Number(heading[1]);
    if (depth === 2 || depth === 3) out.toc.push({ id, text: toString(node), depth });
  }
  if (node.tagName === "a" && typeof node.properties.href === "string") {
    out.links.push({ href: node.properties.href, line });
  }
}

function visitCause(node: MdxJsxFlowElementHast, line: number | undefined, source: string, out: Collected) {
  const id = stringAttribute(node, "id");
  const title = stringAttribute(node, "title");
  if (!id || !CAUSE_ID.test(id)) {
    out.problems.push({
      line,
      field: "cause",
      message: `<Cause> needs id="kebab-case-id" as a plain string (got ${id ? `"${id}"` : "none"})`,
    });
    return;
  }
  if (!title) {
    out.problems.push({ line, field: `cause ${id}`, message: 'needs title="…" as a plain string' });
  }
  const parts: CauseSection["parts"] = {};
  for (const child of node.children) {
    const name = CAUSE_PARTS.find((part) => isJsx(child) && part === child.name);
    if (!name || !isJsx(child)) continue;
    parts[name] = sliceChildren(source, child);
    // Each part learns its cause's id, so that its heading gets a stable anchor (`<id>-fix`).
    child.attributes.push({ type: "mdxJsxAttribute", name: "cause", value: id });
    out.anchors.push({ id: `${id}-${name.toLowerCase()}`, line: child.position?.start.line });
  }
  const start = node.position?.start.offset;
  const end = node.position?.end.offset;
  out.anchors.push({ id, line });
  out.toc.push({ id, text: title ?? id, depth: 3 });
  out.causes.push({
    id,
    title: title ?? id,
    line,
    source: start === undefined || end === undefined ? "" : source.slice(start, end),
    parts,
  });
}
