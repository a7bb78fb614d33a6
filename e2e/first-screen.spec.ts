import { expect, test, type Page } from "@playwright/test";
import { GUIDE, grantClipboard, readClipboard } from "./helpers";

/** The first screen answers: causes and fixes first, forgiving addresses, and a kit for support engineers. */

const firstFix = (page: Page) => page.locator("#causes-at-a-glance .glance-row").first().locator("p", { hasText: /^Fix:/ });
const bottomOf = async (page: Page, locator: ReturnType<Page["locator"]>) => {
  const box = await locator.boundingBox();
  expect(box, "the element is laid out").not.toBeNull();
  return (box?.y ?? 0) + (box?.height ?? 0) + (await page.evaluate(() => scrollY));
};

test("the first cause's fix is on the first screen at 1280×900, and within two screens at 390 px", async ({ browser }) => {
  for (const [width, height, screens] of [
    [1280, 900, 1],
    [390, 844, 2],
  ] as const) {
    const context = await browser.newContext({ viewport: { width, height } });
    const page = await context.newPage();
    await page.goto(GUIDE);
    const fix = firstFix(page);
    await expect(fix).toBeVisible();
    expect(await bottomOf(page, fix), `${width} px`).toBeLessThanOrEqual(height * screens);
    // Each row says how you can tell, the fix, and links to its section.
    const rows = page.locator("#causes-at-a-glance .glance-row");
    expect(await rows.count()).toBe(await page.locator("section.cause").count());
    await rows.first().getByRole("link").click();
    await expect(page).toHaveURL(new RegExp(`${GUIDE}#[a-z0-9-]+$`));
    await context.close();
  }
});

test("causes at a glance needs no JavaScript and is printed", async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(GUIDE);
  await expect(firstFix(page)).toBeVisible();
  await page.emulateMedia({ media: "print" });
  await expect(page.getByRole("heading", { name: "Causes at a glance" })).toBeVisible();
  await context.close();
});

test("the table of contents marks the section being read", async ({ page, isMobile }) => {
  test.skip(isMobile, "on phones the table of contents is a closed disclosure; the wide layout marks the section");
  await page.goto(GUIDE);
  const toc = page.getByRole("navigation", { name: "On this page" });
  const cause = page.locator("section.cause").nth(2);
  const id = await cause.getAttribute("aria-labelledby");
  await cause.scrollIntoViewIfNeeded();
  await page.evaluate((target) => document.getElementById(target ?? "")?.scrollIntoView(), id);
  await expect(toc.locator(`a[aria-current="location"]`)).toHaveAttribute("href", `#${id}`);
});

test("anchor buttons show on hover and keyboard focus only", async ({ page, isMobile }) => {
  test.skip(isMobile, "touch screens cannot hover: the buttons always show there");
  await page.goto(GUIDE);
  const row = page.locator(".heading-row-2").filter({ has: page.locator("h2#how-it-looks") });
  const button = row.locator(".copy-link");
  await expect(button).toHaveCSS("opacity", "0");
  await row.hover();
  await expect(button).toHaveCSS("opacity", "1");
  await page.mouse.move(0, 0);
  await button.focus();
  await expect(button).toHaveCSS("opacity", "1");
  // The parts of a cause (Check, Fix…) carry no button at all.
  await expect(page.locator(".heading-row-4 .copy-link")).toHaveCount(0);
});

test("no link's text is a raw id", async ({ page }) => {
  await page.goto(GUIDE);
  const texts = await page.locator("main a").allInnerTexts();
  expect(texts.filter((t) => /^[a-z0-9]+(?:-[a-z0-9]+)+$/.test(t.trim()))).toEqual([]);
});

test("a terminal block copies the commands without prompt or output; commands in fix steps have their own button", async ({
  page,
  context,
  baseURL,
}) => {
  await grantClipboard(context, baseURL);
  await page.goto(GUIDE);
  const terminal = page
    .locator("[data-code-block]")
    .filter({ has: page.locator('code[data-language="console"]') })
    .first();
  await terminal.getByRole("button", { name: /^Copy terminal code/ }).click();
  const copied = await readClipboard(page);
  expect(copied).toMatch(/^aws /);
  expect(copied).not.toContain("$ ");
  expect(copied).not.toContain("An error occurred");
  const inline = page.locator("section.cause .inline-command").first();
  const command = await inline.locator("code").innerText();
  await inline.getByRole("button").click();
  expect(await readClipboard(page)).toBe(command);
});

test("every guide links its Markdown version and a way to report a problem", async ({ page }) => {
  await page.goto(GUIDE);
  const markdown = page.getByRole("link", { name: "Markdown version" });
  await expect(markdown).toHaveAttribute("href", `${GUIDE}.md`);
  // The link jumps to the report form at the foot of the guide, which posts to the feedback store.
  await expect(page.getByRole("link", { name: "Report a problem with this guide" })).toHaveAttribute("href", "#report-problem");
  await expect(page.locator("#report-problem form")).toHaveAttribute("action", "/api/feedback");
});

test("catalogue cards are links as a whole and do not repeat the code in their title", async ({ page }) => {
  await page.goto("/");
  const card = page.getByRole("region", { name: "All guides" }).locator('a[href="/errors/aws/authfailure"]');
  await expect(card).toHaveCount(1);
  const text = await card.innerText();
  expect(text.match(/AuthFailure/g) ?? []).toHaveLength(1);
  // The whole card is the link: its box holds the summary too.
  await expect(card).toContainText(/credentials/i);
});

test("guide addresses are case-insensitive by redirect", async ({ request }) => {
  for (const path of ["/errors/aws/AuthFailure", "/errors/AWS/authfailure", "/Errors/aws/AUTHFAILURE", "/DIAGNOSE/aws-authfailure"]) {
    const response = await request.get(path, { maxRedirects: 0 });
    expect(response.status(), path).toBe(308);
    expect(response.headers().location, path).toBe(path.toLowerCase());
  }
});

test("every parent path is a page with the lookup box, listed in the sitemap", async ({ page, request }) => {
  const sitemap = await (await request.get("/sitemap.xml")).text();
  for (const path of ["/errors", "/errors/aws", "/errors/http", "/compare", "/playbooks"]) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(200);
    await expect(page.getByRole("heading", { level: 1 }), path).toBeVisible();
    await expect(page.getByRole("main").getByRole("textbox", { name: /Paste an error/ }), path).toBeVisible();
    expect(sitemap, path).toMatch(new RegExp(`<loc>[^<]*${path}</loc>`));
  }
});

test("copy for ticket on every kind of wizard step: question, handover and dead end", async ({ page, context, baseURL }) => {
  await grantClipboard(context, baseURL);
  for (const [path, expected] of [
    ["/diagnose/aws-authfailure/invalid-client-token", /--region us-east-1/],
    ["/diagnose/aws-authfailure/expired-token", /ExpiredToken/],
    ["/diagnose/aws-authfailure/something-else/other", /[Cc]ollect/],
  ] as const) {
    await page.goto(path);
    const button = page.getByRole("button", { name: /^Copy for ticket/ });
    await button.click();
    const text = await readClipboard(page);
    expect(text, path).toMatch(expected);
    expect(text, path).toContain(path);
  }
});

test("after Change, the question shows which answer had been chosen", async ({ page }) => {
  await page.goto("/diagnose/aws-authfailure/invalid-client-token/fails-everywhere");
  await page.getByRole("link", { name: "Change answer 2" }).click();
  const earlier = page.locator('a[data-slug="fails-everywhere"]');
  await expect(earlier).toHaveAttribute("aria-current", "true");
  await expect(earlier).toContainText("your earlier answer");
});

test("tab titles stay short on every kind of step", async ({ page }) => {
  for (const path of [
    "/diagnose/aws-authfailure",
    "/diagnose/aws-authfailure/invalid-client-token",
    "/diagnose/aws-authfailure/invalid-client-token/fails-everywhere/asia-without-token",
    "/diagnose/aws-authfailure/expired-token",
    "/diagnose/aws-authfailure/something-else/other",
  ]) {
    await page.goto(path);
    const title = await page.title();
    expect(title.length, `${path}: ${title}`).toBeLessThanOrEqual(80);
  }
});

test("no page logs an error in the console, a 404 for an unknown answer included", async ({ page }) => {
  const errors: string[] = [];
  page.on("console", (m) => {
    if (m.type() === "error" && !/Failed to load resource/.test(m.text())) errors.push(m.text());
  });
  page.on("pageerror", (e) => errors.push(e.message));
  for (const path of ["/diagnose/aws-authfailure/bogus-answer", GUIDE, "/diagnose/aws-authfailure/invalid-client-token", "/errors"]) {
    await page.goto(path);
    await page.waitForLoadState("networkidle");
  }
  expect(errors).toEqual([]);
});
