import { absolutizeMarkdown, type Article, type TakenAnswer } from "./content";
import { absoluteUrl, formatDate, providerLabel, SITE_URL } from "./site";
import { ticketSummary } from "./ticket";

/** The ticket summary of one cause of a guide, optionally with the wizard answers that led to it. */
export function ticketForCause(article: Article, causeId: string, options: { url?: string; trail?: TakenAnswer[] } = {}): string | undefined {
  const cause = article.causes.find((c) => c.id === causeId);
  if (!cause) return undefined;
  const { meta } = article;
  const code = meta.codes[0];
  const error = code ? `${code} (${providerLabel(article.provider)})` : meta.title;
  return ticketSummary({
    error,
    cause: cause.title,
    // Tree texts are Markdown already (inline code): kept as they are, they read well in a ticket.
    answers: options.trail?.map((t) => ({ question: t.question.md, answer: t.label.md })),
    fix: absolutizeMarkdown(cause.fixMarkdown, SITE_URL),
    verifyCommand: cause.verifyCommand,
    url: absoluteUrl(options.url ?? `${article.url}#${cause.id}`),
    lastReviewed: formatDate(meta.lastReviewed),
  });
}
