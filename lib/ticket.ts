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
