/**
 * The "Copy for ticket" summary: Markdown that reads well pasted as plain text into any ticket, chat
 * or runbook, and needs no editing. Pure, so a unit test pins the exact text.
 */
export type TicketInput = {
  /** "AuthFailure (AWS)" or a playbook title. */
  error: string;
  cause: string;
  /** The wizard answers that led here, if any: question → answer, as plain text. */
  answers?: { question: string; answer: string }[];
  /** The cause's fix, as Markdown. */
  fix: string;
  /** The command that verifies the fix (first code block of the cause's Verify part). */
  verifyCommand?: string;
  url: string;
  lastReviewed: string;
};

export function ticketSummary({ error, cause, answers = [], fix, verifyCommand, url, lastReviewed }: TicketInput): string {
  const lines = [`**${error}**: ${cause}`, ""];
  if (answers.length > 0) {
    lines.push("Diagnosis, step by step:");
    for (const { question, answer } of answers) lines.push(`- ${question} → ${answer}`);
    lines.push("");
  }
  lines.push("Fix:", fix.trim(), "");
  if (verifyCommand) lines.push("Verify the fix:", "```", verifyCommand.trim(), "```", "");
  lines.push(`Details: ${url}`, `(Fixpath guide, last reviewed ${lastReviewed})`);
  return lines.join("\n");
}

/** A step that is not a cause yet (a question, a handover, a dead end): what was learned, and what is open. */
export type StepTicketInput = {
  error: string;
  /** One line: where the diagnosis stands ("Diagnosis in progress", "No known cause fits"…). */
  status: string;
  answers: { question: string; answer: string }[];
  /** The open question, a handover's reason, or what to collect. */
  next: { title: string; lines: string[] };
  url: string;
  lastReviewed: string;
};

export function stepTicketSummary({ error, status, answers, next, url, lastReviewed }: StepTicketInput): string {
  const lines = [`**${error}**: ${status}`, ""];
  if (answers.length > 0) {
    lines.push("Diagnosis so far:");
    for (const { question, answer } of answers) lines.push(`- ${question} → ${answer}`);
    lines.push("");
  }
  lines.push(`${next.title}:`, ...next.lines, "");
  lines.push(`Details: ${url}`, `(Fixpath guide, last reviewed ${lastReviewed})`);
  return lines.join("\n");
}
