import { expect, test, type Page } from "@playwright/test";
import { expectNoAxeViolations, grantClipboard, readClipboard, storeTheme } from "./helpers";

const OUTCOME = "/diagnose/aws-authfailure/invalid-client-token/fails-everywhere/asia-without-token";

/** One page of every type the site has. */
const PAGE_TYPES: Record<string, string> = {
  home: "/",
  guide: "/errors/aws/authfailure",
  "compare guide": "/compare/http-401-vs-403",
  playbook: "/playbooks/cors",
  "wizard question": "/diagnose/aws-authfailure/invalid-client-token",
  "wizard outcome": OUTCOME,
  "tree map": "/diagnose/aws-authfailure/map/invalid-client-token",
  "diagnose index": "/diagnose",
  "lookup results": "/search?q=client%20token",
  editorial: "/editorial",
  analyzer: "/analyze",
  "insights sign-in": "/insights/login",
  "short-link choice or 404": "/e/AuthFailur",
  "404": "/no-such-page",
};

// Each page type is checked in two of the four theme × width pairs, alternating between page types, so every
// pair is covered across the matrix and each page in both themes and both widths; a full 4 × N pass only repeated
// itself and cost CI minutes.
const PAIRS = [
  [
    ["light", 360],
    ["dark", 1280],
  ],
  [
    ["dark", 360],
    ["light", 1280],
  ],
] as const;

for (const [index, [name, path]] of Object.entries(PAGE_TYPES).entries()) {
  for (const [theme, width] of PAIRS[index % 2 === 0 ? 0 : 1]) {
    test(`axe: ${name}, ${theme} theme, ${width}px wide`, async ({ page, context }) => {
      await storeTheme(context, theme);
      await page.setViewportSize({ width, height: 900 });
      await page.goto(path);
      await expectNoAxeViolations(page);
    });
  }
}

async function tabTo(page: Page, name: string | RegExp, role: "link" | "button" | "option" = "link") {
  for (let i = 0; i < 120; i++) {
    await page.keyboard.press("Tab");
    const focused = await page.evaluate(() => {
      const el = document.activeElement;
      return el ? `${el.getAttribute("aria-label") ?? ""} ${el.textContent ?? ""}`.trim() : "";
    });
    if (typeof name === "string" ? focused.includes(name) : name.test(focused)) return;
  }
  throw new Error(`could not reach the ${role} "${name}" with Tab`);
}

test("keyboard only: lookup → guide → wizard → outcome → copy for ticket", async ({ page, context, baseURL }) => {
  await grantClipboard(context, baseURL);
  await page.goto("/");
  // "/" works once the page's script has started (the load event can come first): press until it does.
  const box = page.getByRole("textbox", { name: "Paste an error or a code" });
  await expect(async () => {
    await page.keyboard.press("/");
    await expect(box).toBeFocused({ timeout: 250 });
  }).toPass();
  await page.keyboard.type("An error occurred (AuthFailure) when calling the DescribeInstances operation");
  await expect(page.getByRole("option").first()).toContainText("AuthFailure");
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL("/errors/aws/authfailure");

  await tabTo(page, "open the diagnosis as its own page");
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL("/diagnose/aws-authfailure");
  for (const answer of [/InvalidClientTokenId \(The security token/, "InvalidClientTokenId again", /ASIA… and no AWS_SESSION_TOKEN/]) {
    await tabTo(page, answer);
    await page.keyboard.press("Enter");
    await expect(page.locator("#wizard-step")).toBeFocused();
  }
  await expect(page).toHaveURL(OUTCOME);
  await tabTo(page, "Copy for ticket", "button");
  await page.keyboard.press("Enter");
  await expect(page.getByRole("status").filter({ hasText: "Copied to the clipboard" })).toHaveCount(1);
  expect(await readClipboard(page)).toContain("**AuthFailure (AWS)**: The session token is missing");
  // Focus is visible wherever it is.
  const outline = await page.evaluate(() => getComputedStyle(document.activeElement as Element).outlineStyle);
  expect(outline).not.toBe("none");
});
