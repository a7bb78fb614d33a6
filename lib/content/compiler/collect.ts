import type { Element, ElementContent, Root, RootContent } from "hast";
import { toString } from "hast-util-to-string";
import type { MdxJsxAttribute, MdxJsxFlowElementHast, MdxJsxTextElementHast } from "mdast-util-mdx-jsx";
import type { VFile } from "vfile";
import type { LinkRef, TocEntry } from "../model";
import { report } from "../problems";
import { KEBAB_CASE } from "../rules";

/** The parts every cause has, in order, as MDX component names. */
export const CAUSE_PARTS = ["Symptom", "Check", "Fix", "Verify"] as const;
export type CausePart = (typeof CAUSE_PARTS)[number];

/** The components an article may use; anything else is a typo or a component that does not exist. */
export const MDX_COMPONENTS = ["Callout", "Cause", ...CAUSE_PARTS, "DecisionTree"] as const;

/** What one cause section is, as found in the page's HTML tree. */
export type CollectedCause = {
  id: string;
  title?: string;
  signal?: string;
  fix?: string;
  line?: number;
  /** Footnote references inside the cause: every cause cites at least one source. */
  sources: number;
  parts: CausePart[];
};

/** What one compile learns about an article: everything that links and checks need. */
export type Collected = {
  toc: TocEntry[];
  anchors: string[];
  footnotes: string[];
  links: LinkRef[];
  causes: CollectedCause[];
  decisionTrees: number;
  wordCount: number;
};

declare module "vfile" {
  interface DataMap {
    collected: Collected;
  }
}

type Node = Root | RootContent | ElementContent;
type Jsx = MdxJsxFlowElementHast | MdxJsxTextElementHast;

function isJsx(node: Node): node is Jsx {
  return node.type === "mdxJsxFlowElement" || node.type === "mdxJsxTextElement";
}

function stringAttribute(node: Jsx, name: string): string | undefined {
  const attribute = node.attributes.find((a): a is MdxJsxAttribute => a.type === "mdxJsxAttribute" && a.name === name);
  return typeof attribute?.value === "string" ? attribute.value : undefined;
}

const line = (node: Node) => ("position" in node ? node.position?.start.line : undefined);

/** rehype plugin: records headings, anchors, links and causes into `file.data.collected`, and reports what is malformed. */
export function rehypeCollect() {
  return (tree: Root, file: VFile) => {
    const out: Collected = { toc: [], anchors: [], footnotes: [], links: [], causes: [], decisionTrees: 0, wordCount: 0 };
    let cause: CollectedCause | undefined;

    const visit = (node: Node) => {
      if (node.type === "element") {
        if ("dataFootnotes" in node.properties) return visitFootnotes(node, out, file);
        if ("dataFootnoteRef" in node.properties && cause) cause.sources++;
        visitElement(node, out, file);
        if (node.tagName === "pre") return; // code is not prose: skip it for the word count
      } else if (node.type === "text") {
        out.wordCount += node.value.split(/\s+/).filter(Boolean).length;
        const orphan = /\[\^([^\]\s]+)\]/.exec(node.value);
        if (orphan) report(file, "footnote", `[^${orphan[1]}] has no definition; add a line "[^${orphan[1]}]: [Source title](https://…)" at the end of the file`, line(node));
      } else if (node.type === "mdxFlowExpression" || node.type === "mdxTextExpression" || node.type === "mdxjsEsm") {
        report(file, "mdx", "expressions, imports and exports are not allowed in guides; escape a literal brace as \\{ or put it in `code`", line(node));
        return;
      } else if (isJsx(node)) {
        if (!visitJsx(node, out, file)) return;
        if (node.name === "Cause") {
          if (cause) report(file, "cause", "a <Cause> cannot contain another <Cause>", line(node));
          const outer = cause;
          cause = visitCause(node, out, file);
          for (const child of node.children) visit(child);
          cause = outer;
          return;
        }
      }
      if ("children" in node) for (const child of node.children) visit(child);
    };
    visit(tree);
    file.data.collected = out;
  };
}

function visitJsx(node: Jsx, out: Collected, file: VFile): boolean {
  const name = node.name ?? "";
  if (!(MDX_COMPONENTS as readonly string[]).includes(name)) {
    report(file, "mdx", `<${name || "fragment"}> is not a Fixpath component; use one of ${MDX_COMPONENTS.join(", ")} (or escape < as &lt; in prose)`, line(node));
    return false;
  }
  for (const attribute of node.attributes) {
    if (attribute.type !== "mdxJsxAttribute" || (attribute.value !== null && typeof attribute.value !== "string")) {
      report(file, "mdx", `<${name}> attributes are plain strings in double quotes ("…"), not expressions`, line(node));
    }
  }
  if (name === "DecisionTree") out.decisionTrees++;
  return true;
}

function visitElement(node: Element, out: Collected, file: VFile) {
  const id = typeof node.properties.id === "string" ? node.properties.id : undefined;
  const heading = /^h([2-6])$/.exec(node.tagName);
  if (heading && id) {
    out.anchors.push(id);
    const depth = Number(heading[1]);
    if (depth === 2 || depth === 3) out.toc.push({ id, text: toString(node), depth });
  }
  if (node.tagName === "a" && typeof node.properties.href === "string") {
    const text = toString(node).trim();
    const isCode = node.children.length === 1 && node.children[0]?.type === "element" && node.children[0].tagName === "code";
    out.links.push({ href: node.properties.href, text, line: line(node) });
    if (!isCode && KEBAB_CASE.test(text) && text.includes("-") && node.properties.href.endsWith(`#${text}`)) {
      report(file, "link", `the link text "${text}" is an id; write what the reader will find there, e.g. [${text.replace(/-/g, " ")}](${node.properties.href})`, line(node));
    }
  }
}

/** The numbered source list GFM makes from footnote definitions: each must cite an https source. */
function visitFootnotes(section: Element, out: Collected, file: VFile) {
  const items: Element[] = [];
  const walk = (node: ElementContent) => {
    if (node.type !== "element") return;
    if (node.tagName === "li" && typeof node.properties.id === "string") items.push(node);
    else node.children.forEach(walk);
  };
  section.children.forEach(walk);
  // Footnote text is MDX too: `${NAME}` outside code would run as JavaScript when the page renders.
  const expressions = (node: Node) => {
    if (node.type === "mdxFlowExpression" || node.type === "mdxTextExpression") {
      report(file, "mdx", "expressions are not allowed in footnotes either; escape a literal brace as \\{ or put it in `code`", line(node));
    } else if ("children" in node) (node.children as Node[]).forEach(expressions);
  };
  expressions(section as Node);
  for (const item of items) {
    const id = String(item.properties.id);
    out.footnotes.push(id);
    const hrefs: string[] = [];
    const links = (node: ElementContent) => {
      if (node.type !== "element") return;
      if (node.tagName === "a" && typeof node.properties.href === "string") hrefs.push(node.properties.href);
      node.children.forEach(links);
    };
    item.children.forEach(links);
    for (const href of hrefs) if (href.startsWith("#user-content-fnref-")) out.footnotes.push(href.slice(1));
    if (!hrefs.some((h) => h.startsWith("https://"))) {
      const label = id.replace(/^user-content-fn-/, "");
      report(file, "footnote", `[^${label}] cites no https source; write it as [^${label}]: [Source title](https://…)`, line(item));
    }
  }
}

function visitCause(node: Jsx, out: Collected, file: VFile): CollectedCause | undefined {
  const id = stringAttribute(node, "id");
  if (!id || !KEBAB_CASE.test(id)) {
    report(file, "cause", `<Cause> needs id="kebab-case-id" as a plain string (got ${id ? `"${id}"` : "none"})`, line(node));
    return undefined;
  }
  const title = stringAttribute(node, "title");
  if (!title) report(file, `cause ${id}`, 'needs title="…": the cause as a statement', line(node));
  const parts: CausePart[] = [];
  for (const child of node.children) {
    if (!isJsx(child)) continue;
    const part = CAUSE_PARTS.find((p) => p === child.name);
    if (!part) continue;
    parts.push(part);
    // Each part learns its cause's id, so that its heading gets a stable anchor (`<id>-fix`).
    child.attributes.push({ type: "mdxJsxAttribute", name: "cause", value: id });
    out.anchors.push(`${id}-${part.toLowerCase()}`);
  }
  out.anchors.push(id);
  out.toc.push({ id, text: title ?? id, depth: 3 });
  const cause: CollectedCause = { id, title, signal: stringAttribute(node, "signal"), fix: stringAttribute(node, "fix"), line: line(node), sources: 0, parts };
  out.causes.push(cause);
  return cause;
}
