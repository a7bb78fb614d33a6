import { expect, test } from "@playwright/test";
import { GUIDE } from "./helpers";

const DARK_BG = "rgb(15, 18, 22)";
const LIGHT_BG = "rgb(255, 255, 255)";
const background = (page: import("@playwright/test").Page) =>
  page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);

test("the theme follows the system until the reader chooses, and the button says so", async ({ browser }) => {
  const context = await browser.newContext({ colorScheme: "dark" });
  const page = await context.newPage();
  await page.goto(GUIDE);
  expect(await background(page)).toBe(DARK_BG);
  await expect(page.getByRole("button", { name: /^System theme/ })).toBeVisible();
  await context.close();
});

test("the button says which theme is in use; the choice survives a reload and applies before any script", async ({ page }) => {
  await page.emulateMedia({ colorScheme: "light" });
  await page.goto(GUIDE);
  expect(await background(page)).toBe(LIGHT_BG);
  const toggle = page.getByRole("button", { name: /theme/ });
  await expect(toggle).toHaveAccessibleName(/^System theme/);
  await toggle.click();
  await expect(toggle).toHaveAccessibleName(/^Light theme/);
  await toggle.click();
  await expect(toggle).toHaveAccessibleName(/^Dark theme/);
  expect(await background(page)).toBe(DARK_BG);

  // Block the framework's JavaScript: only the inline head script can apply the stored theme, so if the
  // page is dark now it was dark from the first paint.
  await page.route("**/_next/static/**/*.js", (route) => route.abort());
  await page.reload();
  expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe("dark");
  expect(await background(page)).toBe(DARK_BG);
  await page.unroute("**/_next/static/**/*.js");
  await page.reload();
  // A third click forgets the choice: the system decides again.
  await page.getByRole("button", { name: /^Dark theme/ }).click();
  await expect(page.getByRole("button", { name: /theme/ })).toHaveAccessibleName(/^System theme/);
  expect(await page.evaluate(() => localStorage.getItem("theme"))).toBeNull();
});
