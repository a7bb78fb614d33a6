import { expect, test, type APIRequestContext } from "@playwright/test";
import { expectNoAxeViolations, storeTheme } from "./helpers";

/** The guides the site publishes, read from its own sitemap (no test counts content). */
async function publishedGuides(request: APIRequestContext): Promise<string[]> {
  const sitemap = await (await request.get("/sitemap.xml")).text();
  return [...sitemap.matchAll(/<loc>https?:\/\/[^/]+(\/(?:errors\/[^/]+|compare|playbooks)\/[^<]+)<\/loc>/g)].map((m) => m[1] ?? "");
}

test("every guide in the sitemap is in the catalogue, renders its parts, and its provider page lists it", async ({ page, request }) => {
  test.setTimeout(180_000);
  const guides = await publishedGuides(request);
  expect(guides.length).toBeGreaterThan(0);
  await page.goto("/");
  const catalogue = page.getByRole("region", { name: "All guides" });
  const listed = await catalogue
    .getByRole("link")
    .evaluateAll((links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
  for (const url of guides) {
    expect(listed, url).toContain(url);
    // Over HTTP (the browser pass below samples): every guide has its title, references and related guides.
    const html = await (await request.get(url)).text();
    expect(html, url).toMatch(/<h1[^>]*>/);
    expect(html, url).toContain('id="references"');
    expect(html, url).toContain('id="related-guides"');
    if (!url.startsWith("/compare/")) expect(html, url).toContain('class="cause ');
    const provider = /^\/errors\/([^/]+)\//.exec(url)?.[1];
    if (provider) expect(await (await request.get(`/errors/${provider}`)).text(), url).toContain(`href="${url}"`);
  }
});

test("the sitemap lists the index pages, the editorial page and each diagnosis", async ({ request, page }) => {
  const sitemap = await (await request.get("/sitemap.xml")).text();
  for (const path of ["/errors", "/compare", "/playbooks", "/diagnose", "/editorial", "/diagnose/aws-authfailure"])
    expect(sitemap, path).toContain(`${path}</loc>`);
  await page.goto("/errors/aws/authfailure");
  await page.getByRole("link", { name: "How we check guides" }).click();
  await expect(page).toHaveURL("/editorial#verification");
});

/**
 * A full browser pass over every guide would repeat the same template: axe runs on one guide of each
 * provider and kind (desktop light and mobile dark, alternating), which covers every component guides use.
 */
test("axe finds no violations on one guide of each provider and kind", async ({ page, context, request }, info) => {
  test.setTimeout(240_000);
  await storeTheme(context, info.project.name === "mobile" ? "dark" : "light");
  const guides = await publishedGuides(request);
  const sample = new Map<string, string>();
  for (const url of guides) {
    const key = url
      .split("/")
      .slice(0, url.startsWith("/errors/") ? 3 : 2)
      .join("/");
    if (!sample.has(key)) sample.set(key, url);
  }
  // Every other sampled guide per project (desktop light, mobile dark): together they cover each provider and kind once.
  const mine = [...sample.values()].filter((_, i) => i % 2 === (info.project.name === "mobile" ? 1 : 0));
  for (const url of mine) {
    const response = await page.goto(url);
    expect(response?.status(), url).toBe(200);
    await expectNoAxeViolations(page);
  }
});
