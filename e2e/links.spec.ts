import { expect, test } from "@playwright/test";

/**
 * Links always land. Over plain HTTP (no browser), from the home page, the sitemap and llms.txt, follow
 * every internal link on every page, every wizard state and every Markdown twin, and check that each
 * target answers 200 (after redirects) and that each #fragment names an element on the target page.
 */
const SITE = "https://fixpath.dev";

type Page = { status: number; ids: Set<string>; links: string[] };

const decode = (s: string) =>
  s
    .replace(/&amp;/g, "&")
    .replace(/&#x27;/g, "'")
    .replace(/&quot;/g, '"');

function parseHtml(html: string): Pick<Page, "ids" | "links"> {
  const ids = new Set([...html.matchAll(/\sid="([^"]+)"/g)].map((m) => decode(m[1] ?? "")));
  const links = [...html.matchAll(/<a\s[^>]*?href="([^"]+)"/g)].map((m) => decode(m[1] ?? ""));
  return { ids, links };
}

function parseMarkdown(md: string): Pick<Page, "ids" | "links"> {
  const links = [...md.matchAll(/\]\((https:\/\/fixpath\.dev[^)\s]*)\)/g)].map((m) => (m[1] ?? "").slice(SITE.length) || "/");
  return { ids: new Set(), links };
}

/** The internal path (and fragment) a link points at, or undefined for external and non-page links. */
function internal(href: string, from: string): { path: string; fragment?: string } | undefined {
  if (href.startsWith(SITE)) href = href.slice(SITE.length) || "/";
  if (href.startsWith("#")) return { path: from, fragment: href.slice(1) };
  if (!href.startsWith("/") || href.startsWith("//")) return undefined;
  const [pathAndQuery = "", fragment] = href.split("#");
  const path = pathAndQuery.split("?")[0] ?? "";
  if (path.startsWith("/_next/") || path.startsWith("/api/")) return undefined;
  return { path, fragment: fragment || undefined };
}

test("every internal link and #fragment on every page, wizard state and Markdown twin resolves", async ({ request }) => {
  test.setTimeout(600_000);
  const pages = new Map<string, Promise<Page>>();
  const fetchPage = (path: string): Promise<Page> => {
    let pending = pages.get(path);
    if (!pending) {
      pending = (async () => {
        const response = await request.get(path, { maxRedirects: 5 });
        const type = response.headers()["content-type"] ?? "";
        const body = await response.text();
        const parsed = type.includes("text/html")
          ? parseHtml(body)
          : type.includes("text/markdown")
            ? parseMarkdown(body)
            : { ids: new Set<string>(), links: [] };
        return { status: response.status(), ...parsed };
      })();
      pages.set(path, pending);
    }
    return pending;
  };

  const seeds = new Set(["/", "/errors", "/compare", "/playbooks", "/diagnose", "/editorial"]);
  const sitemap = await (await request.get("/sitemap.xml")).text();
  for (const m of sitemap.matchAll(/<loc>https?:\/\/[^/]+([^<]*)<\/loc>/g)) seeds.add(m[1] || "/");
  const llms = await (await request.get("/llms.txt")).text();
  for (const link of parseMarkdown(llms).links) seeds.add(link);

  const broken: string[] = [];
  const visited = new Set<string>();
  let queue = [...seeds];
  while (queue.length > 0) {
    const batch = queue.filter((p) => !visited.has(p));
    batch.forEach((p) => visited.add(p));
    const next: string[] = [];
    // A few requests at a time: quick, without flooding the server on a 2-core machine.
    for (let i = 0; i < batch.length; i += 8) {
      await Promise.all(
        batch.slice(i, i + 8).map(async (from) => {
          const page = await fetchPage(from);
          if (page.status !== 200) return;
          for (const href of page.links) {
            const target = internal(href, from);
            if (!target) continue;
            const landed = await fetchPage(target.path);
            if (landed.status !== 200) broken.push(`${from} → ${href}: HTTP ${landed.status}`);
            else if (target.fragment && !landed.ids.has(target.fragment))
              broken.push(`${from} → ${href}: no element with id "${target.fragment}"`);
            // Tree maps with a highlighted path repeat their tree: their links are checked once, from the plain map.
            if (!visited.has(target.path) && !/\/map\/.+/.test(target.path)) next.push(target.path);
          }
        }),
      );
    }
    queue = [...new Set(next)];
  }
  for (const seed of seeds)
    if ((await fetchPage(seed)).status !== 200)
      broken.push(`${seed} (from the sitemap or llms.txt): HTTP ${(await fetchPage(seed)).status}`);
  console.log(`link check: ${visited.size} pages crawled, ${pages.size} addresses fetched, ${broken.length} broken`);
  // The crawl reached every wizard state: the registry's count is a floor (it also holds published states).
  expect([...visited].filter((p) => p.startsWith("/diagnose/") && !p.includes("/map")).length).toBeGreaterThan(100);
  expect(broken).toEqual([]);
});
