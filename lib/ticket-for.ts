import { absolutizeMarkdown, getTree, stateUrl, type Article, type TakenAnswer, type Tree, type ValidState } from "./content";
import { COPY_ORIGIN, formatDate, providerLabel } from "./site";
import { stepTicketSummary, ticketSummary } from "./ticket";

/** The ticket summary of one cause of a guide, optionally with the wizard answers that led to it. */
export function ticketForCause(
  article: Article,
  causeId: string,
  options: { url?: string; trail?: TakenAnswer[] } = {},
): string | undefined {
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
    fix: absolutizeMarkdown(cause.fixMarkdown, COPY_ORIGIN),
    verifyCommand: cause.verifyCommand,
    url: `${COPY_ORIGIN}${options.url ?? `${article.url}#${cause.id}`}`,
    lastReviewed: formatDate(meta.lastReviewed),
  });
}

/** The ticket summary of a wizard step that is not an outcome: a question, a handover or a dead end. */
export function ticketForStep(tree: Tree, guide: Article, state: ValidState): string | undefined {
  const { node, trail, slugs } = state;
  const code = guide.meta.codes[0];
  const common = {
    error: code ? `${code} (${providerLabel(guide.provider)})` : guide.meta.title,
    answers: trail.map((t) => ({ question: t.question.md, answer: t.label.md })),
    url: `${COPY_ORIGIN}${stateUrl(tree.id, slugs)}`,
    lastReviewed: formatDate(guide.meta.lastReviewed),
  };
  if (node.kind === "question") {
    return stepTicketSummary({
      ...common,
      status: "diagnosis in progress",
      next: {
        title: `Open question (step ${slugs.length + 1})`,
        lines: [node.text.md, ...(node.command ? ["```", node.command, "```"] : [])],
      },
    });
  }
  if (node.kind === "handover") {
    const target = getTree(node.tree);
    return stepTicketSummary({
      ...common,
      status: "the evidence points to another error",
      next: { title: "Continue with", lines: [node.text.md, `${COPY_ORIGIN}/diagnose/${node.tree}${target ? ` (${target.title})` : ""}`] },
    });
  }
  if (node.kind === "dead-end") {
    return stepTicketSummary({
      ...common,
      status: "no known cause fits",
      next: { title: "Collected for support", lines: [node.text.md, ...node.collect.map((c) => `- ${c.md}`)] },
    });
  }
  return undefined;
}
