import type { RichText } from "@/lib/content";

/**
 * A tree text (question, answer, help) as the content compiler rendered it at build time from our own
 * content/ files: inline code and emphasis only, raw HTML already dropped. Nothing a visitor sends gets here.
 */
export function InlineHtml({ text }: { text: RichText }) {
  return <span dangerouslySetInnerHTML={{ __html: text.html }} />;
}
