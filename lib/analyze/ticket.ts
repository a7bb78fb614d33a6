import { maskSecrets } from "../lookup/mask";
import type { Analysis } from "./types";

/**
 * The findings as a ticket summary: plain text with site-relative links (the copy button completes them
 * with the public origin), then masked by the lookup's own masking, so no signature, token or secret a
 * field or a command might hold reaches the clipboard.
 */
const WORD = { problem: "Problem", warning: "Warning", info: "Note", ok: "OK" } as const;

export function ticketSummary(analyses: Analysis[]): string {
  const blocks = analyses.map((analysis) => {
    const lines = [`${analysis.label} (analysed in the browser with Fixpath; nothing was sent)`];
    if (analysis.unreadable) lines.push(`Could not be read: ${analysis.unreadable}`);
    for (const finding of analysis.findings) {
      lines.push(`${WORD[finding.severity]}: ${finding.title}`, `  ${finding.detail}`);
      for (const link of finding.links) lines.push(`  Link: ${link.href}`);
    }
    if (analysis.fields.length > 0) lines.push("Read from it:", ...analysis.fields.map((f) => `  ${f.name}: ${f.value}`));
    return lines.join("\n");
  });
  return maskSecrets(blocks.join("\n\n")).text;
}
