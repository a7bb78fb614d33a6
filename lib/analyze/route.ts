import type { AnalyzeContext, Finding } from "./types";

/**
 * A code the specific readers do not know, routed through the published library's codes and aliases
 * (the page passes them in): a finding that names the guide, or a note that no guide covers it yet.
 */
export function routeCode(code: string, { codes }: AnalyzeContext): { finding?: Finding; note?: string } {
  const route = codes?.[code];
  if (!route) return { note: `No published Fixpath guide covers ${code} yet.` };
  return {
    finding: {
      severity: "problem",
      title: `${code}: see the ${route.label} guide`,
      detail: `The body names the error ${code}. Its guide lists the causes, most common first, each with the check that tells it apart.`,
      links: [route],
    },
  };
}
