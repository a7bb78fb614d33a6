import type { Analysis, Finding } from "../types";

/** Test helpers: what an analysis says, in the terms the assertions need. */
export const NOW = Date.UTC(2026, 10, 26, 10, 0, 0);
export const minutes = (n: number) => n * 60_000;

/** Findings that say something is wrong (problem or warning): a correct artifact has none. */
export const complaints = (analysis: Analysis): Finding[] => analysis.findings.filter((f) => f.severity === "problem" || f.severity === "warning");

/** The one finding citing `href`, with its severity; fails loudly when there is none. */
export function citing(analysis: Analysis, href: string): Finding {
  const found = analysis.findings.find((f) => f.links.some((l) => l.href === href));
  if (!found) throw new Error(`no finding cites ${href}; findings: ${analysis.findings.map((f) => `${f.severity}: ${f.title}`).join(" | ")}`);
  return found;
}

export const field = (analysis: Analysis, name: string) => analysis.fields.find((f) => f.name === name)?.value;
