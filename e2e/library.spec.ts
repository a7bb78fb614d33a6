import { expect, test } from "@playwright/test";
import { expectNoAxeViolations, storeTheme } from "./helpers";

/** The public contract of the library: these URLs are in tickets and must keep working. */
const GUIDES = [
  "/errors/aws/authfailure", "/errors/aws/unauthorizedoperation", "/errors/aws/accessdenied",
  "/errors/aws/signaturedoesnotmatch", "/errors/aws/invalidclienttokenid", "/errors/aws/unrecognizedclientexception",
  "/errors/aws/expiredtoken", "/errors/aws/requestexpired", "/errors/aws/invalidaccesskeyid",
  "/errors/aws/missingauthenticationtoken", "/errors/aws/incompletesignature", "/errors/aws/optinrequired",
  "/errors/http/400", "/errors/http/401", "/errors/http/403", "/errors/http/422",
  "/errors/grpc/unauthenticated", "/errors/grpc/permission-denied", "/errors/grpc/invalid-argument",
  "/compare/authentication-vs-authorization", "/compare/http-400-vs-422", "/compare/http-401-vs-403",
  "/playbooks/cors", "/playbooks/validation-failure",
];

test("every guide is in the catalogue and the sitemap, and the editorial page is linked", async ({ page, request }) => {
  await page.goto("/");
  const catalogue = page.getByRole("region", { name: "All guides" });
  const listed = await catalogue.getByRole("link").evaluateAll((links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
  const sitemap = await (await request.get("/sitemap.xml")).text();
  for (const url of GUIDES) {
    expect(listed, url).toContain(url);
    expect(sitemap, url).toContain(`${url}</loc>`);
  }
  expect(sitemap).toContain("/editorial</loc>");
  expect(sitemap).toContain("/diagnose/aws-authfailure</loc>");

  await page.goto(GUIDES[0] ?? "");
  await page.getByRole("link", { name: "How we review guides" }).click();
  await expect(page).toHaveURL("/editorial#last-reviewed");
  await expect(page.getByRole("heading", { name: "What “last reviewed” means" })).toBeVisible();
});

for (const url of GUIDES) {
  test(`${url} is served with its causes, references and related guides, and axe finds no violations`, async ({ page, context }, info) => {
    // Desktop checks the light theme, mobile the dark one: every guide is scanned in both across the run.
    await storeTheme(context, info.project.name === "mobile" ? "dark" : "light");
    const response = await page.goto(url);
    expect(response?.status()).toBe(200);
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    const references = page.getByRole("region", { name: "Official references" }).getByRole("listitem");
    expect(await references.count()).toBeGreaterThanOrEqual(2);
    expect(await page.getByRole("region", { name: "Related guides" }).getByRole("listitem").count()).toBeGreaterThanOrEqual(2);
    if (!url.startsWith("/compare/")) {
      expect(await page.locator("section.cause").count()).toBeGreaterThanOrEqual(1);
      await expect(page.getByRole("link", { name: "Diagnose this error" })).toBeVisible();
    }
    await expectNoAxeViolations(page);
  });
}
