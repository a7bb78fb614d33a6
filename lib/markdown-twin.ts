import { absolutizeMarkdown, guideLabel, type Article } from "./content";
import { CLASS_LABELS, formatDate, providerLabel, SITE_URL } from "./site";

/** A guide as plain Markdown, for scripts and assistants: `/errors/aws/authfailure.md`. */
export function markdownTwin(article: Article, related: Article[]): string {
  const { meta } = article;
  const facts = [
    meta.codes.length > 0 &&
      `- Code: ${meta.codes.map((c) => `\`${c}\``).join(", ")}${article.provider ? ` (${providerLabel(article.provider)})` : ""}`,
    meta.httpStatus !== undefined && `- HTTP status: ${meta.httpStatus}${meta.httpStatusNote ? `. ${meta.httpStatusNote}` : ""}`,
    `- Class: ${CLASS_LABELS[meta.class].label}`,
    meta.aliases.length > 0 && `- Also seen as: ${meta.aliases.map((a) => `\`${a}\``).join(", ")}`,
    `- Last reviewed: ${formatDate(meta.lastReviewed)}`,
    meta.lastVerified &&
      `- Last verified: ${formatDate(meta.lastVerified)} (every claim checked against its source by someone other than the writer)`,
    `- Web page: ${SITE_URL}${article.url}`,
  ].filter((line): line is string => Boolean(line));
  return [
    `# ${meta.title}`,
    "",
    `> ${meta.summary}`,
    "",
    ...facts,
    "",
    absolutizeMarkdown(article.markdown, SITE_URL),
    "",
    "## Related guides",
    "",
    ...related.map((r) => `- [${guideLabel(r)}](${SITE_URL}${r.url}.md): ${r.meta.title}`),
    "",
    "## Official references",
    "",
    ...meta.references.map((r) => `- [${r.title}](${r.url})`),
    "",
  ].join("\n");
}
