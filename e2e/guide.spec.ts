import { expect, test, type Page } from "@playwright/test";
import { GUIDE, grantClipboard, readClipboard } from "./helpers";

test("home lists the catalogue and leads to the AuthFailure guide", async ({ page }) => {
  await page.goto("/");
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  const catalogue = page.getByRole("region", { name: "All guides" });
  await expect(catalogue.getByRole("heading", { name: "AWS", exact: true })).toBeVisible();
  await catalogue.locator('a[href="/errors/aws/authfailure"]').click();

  await expect(page).toHaveURL(GUIDE);
  await expect(page.getByRole("heading", { level: 1 })).toContainText("AuthFailure");
  const about = page.getByRole("list", { name: "About this error" });
  await expect(about).toContainText("HTTP 401");
  await expect(about).toContainText("Authentication");
  await expect(page.getByText(/^Last reviewed \d+ \w+ \d{4} · verified \d+ \w+ \d{4} · How we check guides$/)).toBeVisible();
  await expect(page.getByRole("navigation", { name: "Breadcrumb" })).toContainText("AWS");
  const references = page.getByRole("region", { name: "Official references" }).getByRole("listitem").getByRole("link");
  expect(await references.count()).toBeGreaterThanOrEqual(2);
  for (const href of await references.evaluateAll((links) => links.map((a) => a.getAttribute("href")))) {
    expect(href).toMatch(/^https:\/\//);
  }
});

/**
 * A jump landed: once the page stops moving, the heading's top edge is 0-48px from the top of the
 * window (it stops 1.5rem, 24px, below it: scroll-margin-top in app/globals.css).
 */
async function expectLandedAtTop(page: Page, id: string) {
  let last = Number.NaN;
  await expect
    .poll(
      async () => {
        const top = await page.locator(`#${id}`).evaluate((el) => Math.round(el.getBoundingClientRect().top));
        const still = top === last;
        last = top;
        return still;
      },
      { intervals: [150] },
    )
    .toBe(true);
  expect(last).toBeGreaterThanOrEqual(0);
  expect(last).toBeLessThanOrEqual(48);
}

/** On phones the table of contents is a closed disclosure at the top: open it first. */
async function tableOfContents(page: Page) {
  const summary = page.locator("summary", { hasText: "On this page" });
  if (await summary.isVisible()) await summary.click();
  return page.getByRole("navigation", { name: "On this page" });
}

test("the table of contents jumps to a cause section", async ({ page }) => {
  await page.goto(GUIDE);
  const toc = await tableOfContents(page);
  await toc.getByRole("link", { name: "The Region is an opt-in Region that the account has not enabled" }).click();
  await expect(page).toHaveURL(`${GUIDE}#opt-in-region-disabled`);
  await expectLandedAtTop(page, "opt-in-region-disabled");
});

for (const id of ["preflight-rejected", "network-failure-not-cors", "examples"]) {
  test(`on the longest guide, the table of contents lands exactly on #${id}`, async ({ page }) => {
    await page.goto("/playbooks/cors");
    await (await tableOfContents(page)).locator(`a[href="#${id}"]`).click();
    await expect(page).toHaveURL(`/playbooks/cors#${id}`);
    await expectLandedAtTop(page, id);
  });
}

test("in the wide layout, the whole sticky table of contents fits on screen", async ({ page }, testInfo) => {
  test.skip(testInfo.project.name !== "desktop", "the table of contents is sticky only from 1024px wide");
  await page.setViewportSize({ width: 1280, height: 600 });
  await page.goto("/playbooks/cors");
  await page.mouse.wheel(0, 6000);
  const toc = page.getByRole("navigation", { name: "On this page" });
  await expect.poll(() => toc.evaluate((nav) => Math.round(nav.getBoundingClientRect().top))).toBe(16);
  const box = await toc.evaluate((nav) => ({ bottom: nav.getBoundingClientRect().bottom, scrolls: nav.scrollHeight > nav.clientHeight }));
  expect(box.bottom).toBeLessThanOrEqual(600);
  // Its last entry is reachable by scrolling the table of contents itself.
  expect(box.scrolls).toBe(true);
  const last = toc.getByRole("link").last();
  await last.scrollIntoViewIfNeeded();
  await expect(last).toBeInViewport();
});

test("a shared link to a late cause opens with that cause at the top", async ({ page }) => {
  await page.goto("/playbooks/cors#multiple-allow-origin-values");
  await expectLandedAtTop(page, "multiple-allow-origin-values");
});

test("a copy-link button puts the section URL on the clipboard", async ({ page, context, baseURL }) => {
  await grantClipboard(context, baseURL);
  await page.goto(GUIDE);
  const cause = page.getByRole("region", { name: /access key ID is wrong/ });
  const button = cause.getByRole("button", { name: /^Copy link to The access key ID/ });
  await button.click();
  await expect(page.getByRole("status").filter({ hasText: "Copied to the clipboard" })).toHaveCount(1);
  await expect(button).toHaveAttribute("data-copy-status", "copied");
  expect(await readClipboard(page)).toBe(`${baseURL}${GUIDE}#key-not-recognised`);
  // After 2.5 s the button and the announcement go back to rest.
  await expect(button).not.toHaveAttribute("data-copy-status", /./, { timeout: 5000 });
  await expect(page.getByRole("status").filter({ hasText: "Copied to the clipboard" })).toHaveCount(0);
});

test("a code copy button copies exactly the code", async ({ page, context, baseURL }) => {
  await grantClipboard(context, baseURL);
  await page.goto(GUIDE);
  const check = page.locator(".cause-part-check").first();
  const button = check.getByRole("button", { name: "Copy shell code" }).first();
  await expect(button).toHaveText("Copy");
  await button.click();
  // The visible label changes ("Copied" is drawn by CSS from data-copy-status) once the copy is done.
  await expect(button).toHaveAttribute("data-copy-status", "copied");
  expect(await readClipboard(page)).toBe("aws sts get-caller-identity --region us-east-1\naws configure list");
  expect(await button.evaluate((b) => getComputedStyle(b, "::after").content)).toBe('"Copied"');
});

test("a second copy moves the Copied mark to its own button", async ({ page, context, baseURL }) => {
  await grantClipboard(context, baseURL);
  await page.goto(GUIDE);
  const cause = page.getByRole("region", { name: /access key ID is wrong/ });
  const link = cause.getByRole("button", { name: /^Copy link to The access key ID/ });
  const code = cause.getByRole("button", { name: "Copy shell code" }).first();
  await link.click();
  await expect(link).toHaveAttribute("data-copy-status", "copied");
  await code.click();
  await expect(code).toHaveAttribute("data-copy-status", "copied");
  await expect(link).not.toHaveAttribute("data-copy-status", /./);
  expect(await readClipboard(page)).toBe("aws sts get-caller-identity --region us-east-1\naws configure list");
});

test("with JavaScript off, controls that need it are hidden and the text stays", async ({ browser, page }) => {
  // With JavaScript on, the same controls show (the contrast keeps the check below honest).
  await page.goto(GUIDE);
  await expect(page.getByRole("button", { name: /theme/ })).toBeVisible();
  await expect(page.getByRole("button", { name: "Copy shell code" }).first()).toBeVisible();
  await expect(page.getByRole("button", { name: /^Copy for ticket: / }).first()).toBeVisible();

  const context = await browser.newContext({ javaScriptEnabled: false });
  const plain = await context.newPage();
  await plain.goto(GUIDE);
  expect(await plain.locator("button[data-copy]").count()).toBeGreaterThan(20);
  await expect(plain.locator("button[data-copy]:visible")).toHaveCount(0);
  expect(await plain.locator("[data-ticket]").count()).toBe(await plain.locator("section.cause").count());
  await expect(plain.locator("[data-ticket]:visible")).toHaveCount(0);
  // getByRole skips hidden elements unless told: count the switch first, so "hidden" cannot mean "absent".
  const toggle = plain.getByRole("button", { name: /theme/i, includeHidden: true });
  await expect(toggle).toHaveCount(1);
  await expect(toggle).toBeHidden();
  // Headings still link to themselves, and the code is still there to select.
  const cause = plain.getByRole("region", { name: /access key ID is wrong/ });
  await expect(cause.getByRole("heading", { level: 3 }).getByRole("link")).toBeVisible();
  await expect(cause.locator("pre code").first()).toContainText("aws sts get-caller-identity");

  // A wizard outcome keeps its ticket summary in full, to select by hand; only its copy button goes.
  await plain.goto("/diagnose/aws-authfailure/invalid-client-token/fails-everywhere/asia-without-token");
  await expect(plain.getByLabel("Ticket summary preview")).toContainText("**AuthFailure (AWS)**");
  const ticketButton = plain.getByRole("button", { name: /^Copy for ticket/, includeHidden: true });
  await expect(ticketButton).toHaveCount(1);
  await expect(ticketButton).toBeHidden();
  await context.close();
});

test("the header's first row sits where it will be before the theme switch appears", async ({ browser, page }) => {
  // A slow phone may paint the header before the switch is parsed; without JavaScript it is hidden.
  // Either way the logo and the nav must already be where they end up (no layout shift).
  const rowTops = (p: Page) =>
    p.evaluate(() => ["header a", 'nav[aria-label="Main"]'].map((s) => document.querySelector(s)!.getBoundingClientRect().top));
  await page.goto("/");
  const context = await browser.newContext({ javaScriptEnabled: false, viewport: page.viewportSize() });
  const plain = await context.newPage();
  await plain.goto("/");
  expect(await rowTops(plain)).toEqual(await rowTops(page));
  await context.close();
});

test("an unknown guide is a 404 page that leads back into the catalogue", async ({ page }) => {
  const response = await page.goto("/errors/aws/no-such-error");
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { level: 1, name: "Page not found" })).toBeVisible();
  await expect(page.getByRole("main").getByRole("link", { name: "Diagnose an error step by step" })).toBeVisible();
  await page.getByRole("link", { name: "Browse all guides" }).click();
  await expect(page.getByRole("region", { name: "All guides" })).toBeVisible();
});
