import AxeBuilder from "@axe-core/playwright";
import { expect, type BrowserContext, type Page } from "@playwright/test";

export const GUIDE = "/errors/aws/authfailure";

/** Axe with the WCAG 2.0, 2.1 and 2.2 A and AA rules (2.2 adds target-size); the page must have no violations at all. */
export async function expectNoAxeViolations(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]).analyze();
  const summary = results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
  expect(summary).toEqual([]);
}

/** Stores a theme choice the way the toggle does, before any page script runs. */
export async function storeTheme(context: BrowserContext, theme: "light" | "dark") {
  await context.addInitScript((value) => localStorage.setItem("theme", value), theme);
}

export async function grantClipboard(context: BrowserContext, baseURL: string | undefined) {
  await context.grantPermissions(["clipboard-read", "clipboard-write"], { origin: baseURL });
}

export async function readClipboard(page: Page): Promise<string> {
  return page.evaluate(() => navigator.clipboard.readText());
}
