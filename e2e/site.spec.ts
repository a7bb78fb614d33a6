import { expect, test } from "@playwright/test";
import { GUIDE } from "./helpers";

test("a guide carries its title, description, canonical URL and social tags", async ({ page }) => {
  await page.goto(GUIDE);
  await expect(page).toHaveTitle(/^AuthFailure: .* · Fixpath$/);
  const meta = (selector: string) => page.locator(selector).first().getAttribute("content");
  expect(await meta('meta[name="description"]')).toMatch(/EC2/);
  expect(await page.locator('link[rel="canonical"]').getAttribute("href")).toMatch(/\/errors\/aws\/authfailure$/);
  expect(await meta('meta[property="og:title"]')).toMatch(/^AuthFailure/);
  expect(await meta('meta[property="og:type"]')).toBe("article");
  expect(await meta('meta[name="twitter:card"]')).toBe("summary_large_image");
});

test("sitemap.xml and robots.txt list the public pages", async ({ request }) => {
  const sitemap = await (await request.get("/sitemap.xml")).text();
  expect(sitemap).toContain("/errors/aws/authfailure</loc>");
  const robots = await (await request.get("/robots.txt")).text();
  expect(robots).toMatch(/Sitemap: https?:\/\/\S+\/sitemap\.xml/);
});

test("printing a guide drops navigation and prints link targets", async ({ page }) => {
  await page.goto(GUIDE);
  await page.emulateMedia({ media: "print" });
  await expect(page.getByRole("banner")).toBeHidden();
  await expect(page.getByRole("navigation", { name: "On this page" })).toBeHidden();
  const after = await page
    .getByRole("region", { name: "Official references" })
    .getByRole("listitem")
    .getByRole("link")
    .first()
    .evaluate((a) => getComputedStyle(a, "::after").content);
  expect(after).toContain("https://docs.aws.amazon.com/");
});

test("the skip link moves focus to the main content", async ({ page }) => {
  await page.goto(GUIDE);
  await page.keyboard.press("Tab");
  const skip = page.getByRole("link", { name: "Skip to content" });
  await expect(skip).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(page.locator("#main-content")).toBeFocused();
});
