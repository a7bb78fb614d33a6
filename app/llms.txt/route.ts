import { allArticles, guideLabel, type Article } from "@/lib/content";
import { PROVIDER_LABELS, PROVIDER_ORDER, SITE_NAME, SITE_TAGLINE, SITE_URL } from "@/lib/site";

export const dynamic = "force-static";

const entry = (a: Article) => `- [${guideLabel(a)}](${SITE_URL}${a.url}.md): ${a.meta.summary}`;

/** /llms.txt: every published guide with its summary, linking each Markdown twin (https://llmstxt.org format). */
export function GET() {
  const articles = allArticles().filter((a) => !a.meta.draft);
  const sections = [
    ...PROVIDER_ORDER.map((p) => [`${PROVIDER_LABELS[p]} errors`, articles.filter((a) => a.kind === "error" && a.provider === p)] as const),
    ["Compare guides", articles.filter((a) => a.kind === "compare")] as const,
    ["Playbooks", articles.filter((a) => a.kind === "playbook")] as const,
  ].filter(([, list]) => list.length > 0);
  const body = [
    `# ${SITE_NAME}`,
    "",
    `> ${SITE_TAGLINE} Troubleshooting guides for authentication and authorization errors (AWS, Google Cloud, Azure, OAuth, JWT, Kubernetes, registries, Git, npm, HTTP, gRPC and the browser): each cause with the check that tells it apart, the fix, and the command that verifies the fix.`,
    "",
    `Every guide below is plain Markdown. Interactive diagnosis: ${SITE_URL}/diagnose. Lookup API: ${SITE_URL}/api/lookup?q=<error text>.`,
    "",
    ...sections.flatMap(([title, list]) => [`## ${title}`, "", ...list.map(entry), ""]),
  ].join("\n");
  return new Response(body, { headers: { "Content-Type": "text/plain; charset=utf-8" } });
}
