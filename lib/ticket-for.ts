import type { Article } from "./content";
import { firstCodeBlock, mdxToMarkdown } from "./content/markdown";
import { absoluteUrl, formatDate, providerLabel, SITE_URL } from "./site";
import { ticketSummary } from "./ticket";
import type { TakenAnswer } from "./wizard/step";

/** The ticket summary of one cause of a guide, optionally with the wizard answers that led to it. */
export function ticketForCause(article: Article, causeId: string, options: { url?: string; trail?: TakenAnswer[] } = {}): string | undefined {
  const cause = article.mdx.causes.find((c) => c.id === causeId);
  if (!cause) return undefined;
  const { meta } = article;
  const error = meta.code ? `${meta.code} (${providerLabel(meta.provider)})` : meta.title;
  const markdown = (part: string | undefined) => mdxToMarkdown(part ?? "", { origin: SITE_URL, pageUrl: article.url });
  return ticketSummary({
    error,
    cause: cause.title,
    // Tree texts are Markdown already (inline code): kept as they are, they read well in a ticket.
    answers: options.trail?.map((t) => ({ question: t.question, answer: t.label })),
    fix: markdown(cause.parts.Fix),
    verifyCommand: firstCodeBlock(cause.parts.Verify ?? ""),
    url: absoluteUrl(options.url ?? `${article.url}#${cause.id}`),
    lastReviewed: formatDate(meta.lastReviewed),
  });
}
