import { expect, test } from "@playwright/test";

/**
 * Crawls every state of every tree over plain HTTP (what a browser with JavaScript off does): from
 * /diagnose, follow every answer link. Every state must render, and every outcome of every tree must be
 * reachable by links alone.
 */
test("every state of every tree is reachable by links from /diagnose, and every outcome is reached", async ({ request }) => {
  test.setTimeout(240_000);
  const hrefs = (html: string) => [...html.matchAll(/href="(\/diagnose\/[^"#?]+)"/g)].map((m) => m[1] ?? "");
  const index = await (await request.get("/diagnose")).text();
  const trees = [...new Set(hrefs(index).filter((h) => h.split("/").length === 3))];
  // Every diagnosis in the sitemap is listed on /diagnose, however many there are.
  const sitemap = await (await request.get("/sitemap.xml")).text();
  const published = [...sitemap.matchAll(/<loc>https?:\/\/[^/]+(\/diagnose\/[^/<]+)<\/loc>/g)].map((m) => m[1]);
  expect(published.length).toBeGreaterThan(0);
  expect(trees.sort()).toEqual(published.sort());

  const seen = new Set<string>();
  const outcomes = new Map<string, Set<string>>();
  const queue = [...trees];
  while (queue.length > 0) {
    const url = queue.shift() ?? "";
    if (seen.has(url)) continue;
    seen.add(url);
    const response = await request.get(url);
    expect(response.status(), url).toBe(200);
    const html = await response.text();
    expect(html, url).toContain('id="wizard-step"');
    const tree = url.split("/")[2] ?? "";
    const cause = /Read this cause in the [^<]*? guide/.test(html)
      ? /href="(\/[^"#]+#[a-z0-9-]+)"[^>]*>Read this cause/.exec(html)?.[1]
      : undefined;
    if (cause) outcomes.set(tree, (outcomes.get(tree) ?? new Set()).add(cause));
    for (const next of hrefs(html)) {
      const inTree = next.startsWith(`/diagnose/${tree}/`) && !next.includes("/map");
      if (inTree && next.split("/").length > url.split("/").length && !seen.has(next)) queue.push(next);
    }
  }
  // Every outcome links to its cause section: each must resolve to a real anchor on the guide page.
  const causes = [...new Set([...outcomes.values()].flatMap((s) => [...s]))];
  for (const link of causes) {
    const [path, anchor] = link.split("#");
    const page = await (await request.get(path ?? "")).text();
    expect(page, link).toContain(`id="${anchor}"`);
  }
  console.log(`crawled ${seen.size} wizard states in ${trees.length} trees; ${causes.length} distinct causes reached`);
  expect(seen.size).toBeGreaterThan(trees.length * 3);
});
