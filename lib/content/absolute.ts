/**
 * The compiled Markdown (twins, ticket texts) links site-relative (`](/errors/aws/x#y)`), so one build
 * serves any origin; this makes those links absolute for text that leaves the site.
 */
export function absolutizeMarkdown(markdown: string, origin: string): string {
  return markdown.replace(/\]\(\//g, `](${origin}/`).replace(/\[\/(errors|compare|playbooks|diagnose)\//g, `[${origin}/$1/`);
}
