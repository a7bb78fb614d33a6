import type { Article } from "./content";
import { mdxToMarkdown } from "./content/markdown";
import { CLASS_LABELS, formatDate, providerLabel, SITE_URL } from "./site";

/** A guide as plain Markdown, for scripts and assistants: `/errors/aws/authfailure.md`. */
export function markdownTwin(article: Article, related: Article[]): string {
  const { meta } = article;
  const facts = [
    meta.code && `- Code: \`${meta.code}\`${meta.provider ? ` (${providerLabel(meta.provider)})` : ""}`,
    meta.httpStatus !== undefined && `- HTTP status: ${meta.httpStatus}${meta.httpStatusNote ? `. ${meta.httpStatusNote}` : ""}`,
    `- Class: ${CLASS_LABELS[meta.class].label}`,
    meta.aliases.length > 0 && `- Also seen as: ${meta.aliases.map((a) => `\`${a}\``).join(", ")}`,
    `- Last reviewed: ${formatDate(meta.lastReviewed)}`,
    `- Web page: ${SITE_URL}${article.url}`,
  ].filter((line): line is string => Boolean(line));
  return [
    `# ${meta.title}`,
    "",
    `> ${meta.summary}`,
    "",
    ...facts,
    "",
    mdxToMarkdown(article.body, { origin: SITE_URL, pageUrl: article.url }),
    "",
    "## Related guides",
    "",
    ...related.map((r) => `- [${r.meta.code ?? r.meta.title}](${SITE_URL}${r.url}.md): ${r.meta.title}`),
    "",
    "## Official references",
    "",
    ...meta.references.map((r) => `- [${r.title}](${r.url})`),
    "",
  ].join("\n");
}
