import { expect, test } from "@playwright/test";
import { grantClipboard, readClipboard } from "./helpers";

const OUTCOME = "/diagnose/aws-authfailure/invalid-client-token/fails-everywhere/asia-without-token";

test("copy for ticket on a wizard outcome: the clipboard holds exactly the preview", async ({ page, context, baseURL }) => {
  await grantClipboard(context, baseURL);
  await page.goto(OUTCOME);
  const ticket = page.locator("[data-ticket]");
  await ticket.getByRole("button", { name: /^Copy for ticket/ }).click();
  await expect(page.getByRole("status").filter({ hasText: "Copied to the clipboard" })).toHaveCount(1);
  // Read the preview only now: until the island has hydrated, its links are still site-relative (the browser
  // completes them with this page's origin), and a slow phone emulation read it too early.
  const preview = await ticket.locator("pre").textContent();
  const copied = await readClipboard(page);
  expect(copied).toBe(preview);
  expect(copied).toMatch(/^\*\*AuthFailure \(AWS\)\*\*: The session token is missing/);
  expect(copied).toContain("Diagnosis, step by step:\n- Run `aws sts get-caller-identity`");
  expect(copied).toContain("→ InvalidClientTokenId again");
  expect(copied).toContain("Verify the fix:\n```\naws sts get-caller-identity\n```");
  // No FIXPATH_SITE_URL in the test build: the link is this server's own address.
  expect(copied).toContain(`Details: ${baseURL}${OUTCOME}`);
  expect(copied).toMatch(/\(Fixpath guide, last reviewed \d+ \w+ \d{4}\)$/);
});

test("copy for ticket on a cause section of a guide", async ({ page, context, baseURL }) => {
  await grantClipboard(context, baseURL);
  await page.goto("/errors/aws/authfailure");
  const cause = page.getByRole("region", { name: /Region is an opt-in Region/ });
  await cause.getByText("Preview what is copied").click();
  const button = cause.getByRole("button", { name: /^Copy for ticket/ });
  await button.click();
  // The copy may wait for the summary to load: read the clipboard only once the button says it is done
  // (reading earlier can return the previous test's text).
  await expect(button).toHaveText("Copied");
  const copied = await readClipboard(page);
  expect(copied).toContain("**AuthFailure (AWS)**: The Region is an opt-in Region that the account has not enabled");
  expect(copied).toContain(`Details: ${baseURL}/errors/aws/authfailure#opt-in-region-disabled`);
  expect(copied).not.toContain("Diagnosis, step by step");
});

test("an old anchor lands on the renamed section; an old wizard answer redirects", async ({ page }) => {
  await page.goto("/errors/aws/authfailure#deactivated-key");
  await expect(page.getByRole("heading", { name: /access key ID is wrong, deleted, inactive/ })).toBeInViewport();
  await page.goto("/diagnose/aws-authfailure/sts-fails/fails-everywhere");
  await expect(page).toHaveURL("/diagnose/aws-authfailure/invalid-client-token/fails-everywhere");
});

test("Open Graph images are 1200×630 PNGs, and pages carry the tags that make a link unfurl", async ({ page, request }) => {
  for (const path of ["/errors/aws/authfailure", "/compare/http-401-vs-403", "/playbooks/cors", OUTCOME]) {
    await page.goto(path);
    const image = await page.locator('meta[property="og:image"]').getAttribute("content");
    expect(image, path).toBeTruthy();
    const png = await (await request.get(new URL(image ?? "").pathname)).body();
    expect(png.subarray(1, 4).toString("latin1"), path).toBe("PNG");
    expect([png.readUInt32BE(16), png.readUInt32BE(20)], path).toEqual([1200, 630]);
    expect(await page.locator('meta[name="twitter:card"]').getAttribute("content")).toBe("summary_large_image");
    expect(await page.locator('meta[property="og:description"]').getAttribute("content")).toBeTruthy();
  }
  await page.goto(OUTCOME);
  expect(await page.locator('meta[property="og:description"]').getAttribute("content")).toContain("The session token is missing");
});

test("every guide has a Markdown twin, and llms.txt lists them all", async ({ request }) => {
  const twin = await request.get("/errors/aws/authfailure.md");
  expect(twin.headers()["content-type"]).toContain("text/markdown");
  const md = await twin.text();
  expect(md.startsWith("# AuthFailure: AWS was not able to validate the provided access credentials")).toBe(true);
  expect(md).toContain("### The access key ID is wrong, deleted, inactive or from another partition");
  expect(md).toContain("**Verify the fix**");
  expect(md).not.toMatch(/<Cause|<Fix>|<Verify>/);
  const llms = await (await request.get("/llms.txt")).text();
  expect(llms.startsWith("# Fixpath")).toBe(true);
  const links = [...llms.matchAll(/\]\((https:\/\/fixpath\.dev[^)]+\.md)\)/g)].map((m) => m[1] ?? "");
  // One twin per guide in the sitemap, however many guides there are.
  const sitemap = await (await request.get("/sitemap.xml")).text();
  const guides = [...sitemap.matchAll(/<loc>https?:\/\/[^/]+(\/(?:errors\/[^/]+|compare|playbooks)\/[^<]+)<\/loc>/g)].map((m) => m[1]);
  expect(guides.length).toBeGreaterThan(0);
  expect(links.map((l) => new URL(l).pathname.replace(/\.md$/, "")).sort()).toEqual(guides.sort());
  for (const link of links) expect((await request.get(new URL(link).pathname)).status(), link).toBe(200);
});

test("printing an outcome gives a clean runbook", async ({ page }) => {
  await page.goto(OUTCOME);
  await page.emulateMedia({ media: "print" });
  await expect(page.getByRole("banner")).toBeHidden();
  await expect(page.getByRole("navigation", { name: "Wizard" })).toBeHidden();
  await expect(page.locator("[data-ticket]")).toBeHidden();
  await expect(page.getByRole("heading", { name: "Fix", exact: true })).toBeVisible();
  const wraps = await page
    .locator("pre")
    .first()
    .evaluate((pre) => getComputedStyle(pre).whiteSpace);
  expect(wraps).toBe("pre-wrap");
});
