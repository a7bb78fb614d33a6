import { fromMarkdown } from "mdast-util-from-markdown";
import { toString } from "mdast-util-to-string";

/** The plain text of a short Markdown string (tree texts): for titles, descriptions and the map. */
export function plainText(markdown: string): string {
  return toString(fromMarkdown(markdown));
}
