import { createProcessor, type ProcessorOptions } from "@mdx-js/mdx";
import type { Root as HastRoot } from "hast";
import type { Root as MdastRoot } from "mdast";
import rehypePrettyCode, { type Options as PrettyCodeOptions } from "rehype-pretty-code";
import rehypeSlug from "rehype-slug";
import remarkGfm from "remark-gfm";
import type { VFile } from "vfile";
import { rehypeAnchorAliases } from "./anchor-aliases";
import { rehypeCodeHtml } from "./code-html";
import { rehypeCollect } from "./collect";
import { remarkFootnoteCheck } from "./footnote-check";
import { rehypeInlineCommands } from "./inline-commands";

/** Highlighting happens here, at build time; the browser gets coloured spans and no highlighter. */
const prettyCode: PrettyCodeOptions = {
  theme: { light: "github-light-high-contrast", dark: "github-dark-high-contrast" },
  keepBackground: false,
  defaultLang: { block: "text" },
  bypassInlineCode: true,
};

const common: ProcessorOptions = {
  outputFormat: "function-body",
  development: false,
  // Footnotes are the guide's sources: a visible, numbered list headed "Sources".
  remarkRehypeOptions: { footnoteLabel: "Sources", footnoteLabelTagName: "h2", footnoteLabelProperties: { className: ["footnotes-title"] } },
};

declare module "vfile" {
  interface DataMap {
    /** The parsed Markdown tree, kept for the Markdown twin and ticket texts. */
    mdast: MdastRoot;
    /** The final HTML tree, kept to cut each cause out of it. */
    hast: HastRoot;
  }
}

function remarkKeepTree() {
  return (tree: MdastRoot, file: VFile) => {
    file.data.mdast = tree;
  };
}

function rehypeKeepTree() {
  return (tree: HastRoot, file: VFile) => {
    file.data.hast = structuredClone(tree);
  };
}

/**
 * The one MDX pipeline: the whole plugin list lives here. One pass per file gives the compiled page body,
 * and keeps the Markdown and HTML trees for everything else the compiler derives (causes, twin, tickets).
 */
export async function compileBody(file: VFile, anchorAliases: ReadonlyMap<string, string[]>): Promise<string> {
  const processor = createProcessor({
    ...common,
    remarkPlugins: [remarkGfm, remarkFootnoteCheck, remarkKeepTree],
    rehypePlugins: [rehypeSlug, rehypeCollect, rehypeInlineCommands, [rehypeAnchorAliases, anchorAliases], [rehypePrettyCode, prettyCode], rehypeCodeHtml, rehypeKeepTree],
  });
  return String(await processor.process(file));
}

/** Compiles an HTML tree that the pipeline already made (a cause cut out of its page) to MDX code. */
export async function compileFragment(tree: HastRoot): Promise<string> {
  const useTree = () => () => tree;
  const processor = createProcessor({ ...common, rehypePlugins: [useTree] });
  return String(await processor.process(""));
}
