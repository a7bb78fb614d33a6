import type { LookupGuide } from "../../lib/lookup/data";

/**
 * Synthetic guides shaped like real ones (a CamelCase code and alias, message fragments, patterns and
 * headings), for measuring how the lookup scales with the size of the library.
 */
export function syntheticGuides(count: number): LookupGuide[] {
  const words = ["Quota", "Stream", "Bucket", "Token", "Region", "Cluster", "Policy", "Vault", "Queue", "Table", "Key", "Route"];
  const verbs = ["Exceeded", "Missing", "Invalid", "Expired", "Locked", "Rejected", "Throttled", "Corrupt"];
  return Array.from({ length: count }, (_, i) => {
    const noun = `${words[i % words.length]}${words[(i * 7) % words.length]}`;
    const code = `${noun}${verbs[i % verbs.length]}${i}`;
    return {
      url: `/errors/synthetic/${code.toLowerCase()}`,
      title: `${code}: the ${noun.toLowerCase()} is ${verbs[i % verbs.length]?.toLowerCase()} (synthetic ${i})`,
      summary: `Synthetic guide ${i} for benchmarks: the ${noun} could not be used because it is ${verbs[i % verbs.length]}.`,
      code,
      provider: "aws",
      tier: 1,
      words: [code, `${code}Exception`],
      names: [code, `${code}Exception`, code.toLowerCase()],
      fragments: [
        { value: `the ${noun.toLowerCase()} number ${i} is not available` },
        { value: `synthetic failure ${i} in ${noun}`, cause: "first-cause" },
      ],
      patterns: [{ value: `\\(${code}\\) when calling the \\w+ operation` }, { value: `${noun} ${i} failed after \\d+ attempts` }],
      aliases: [`${code}Exception`],
      causes: { "first-cause": "The first synthetic cause" },
      headings: ["What it means", "How it looks", "Causes", `The ${noun} quota`, "Diagnose step by step", "Prevent it"],
    };
  });
}
