import { compile } from "@mdx-js/mdx";
import rehypePrettyCode, { type Options as PrettyCodeOptions } from "rehype-pretty-code";
import rehypeSlug from "rehype-slug";
import remarkGfm from "remark-gfm";
import { VFile } from "vfile";
import { rehypeAnchorAliases } from "./anchor-aliases";
import { rehypeCodeHtml } from "./code-html";
import { rehypeCollect, type Collected } from "./collect";

/** Highlighting happens here, at build time; the browser gets coloured spans and no highlighter. */
const prettyCode: PrettyCodeOptions = {
  theme: { light: "github-light-high-contrast", dark: "github-dark-high-contrast" },
  keepBackground: false,
  defaultLang: { block: "text" },
  bypassInlineCode: true,
};

export type CompiledMdx = Collected & {
  /** The compiled module as a function body, run by `renderMdx`. */
  code: string;
};

/**
 * The one place that knows the MDX plugin list. `body` is the article without its frontmatter
 * (blanked, so line numbers still match the file). Throws the compiler's message on a syntax error.
 */
export async function compileMdx(
  body: string,
  path: string,
  { anchorAliases = new Map() }: { anchorAliases?: ReadonlyMap<string, string[]> } = {},
): Promise<CompiledMdx> {
  const file = new VFile({ value: body, path });
  const output = await compile(file, {
    outputFormat: "function-body",
    development: false,
    remarkPlugins: [remarkGfm],
    rehypePlugins: [rehypeSlug, rehypeCollect, [rehypeAnchorAliases, anchorAliases], [rehypePrettyCode, prettyCode], rehypeCodeHtml],
  });
  const collected = output.data.fixpath as Collected | undefined;
  if (!collected) throw new Error("rehypeCollect did not run");
  return { ...collected, code: String(output.value) };
}
