import { expect, test } from "@playwright/test";
import { GUIDE, grantClipboard, readClipboard } from "./helpers";

test("home lists the catalogue and leads to the AuthFailure guide", async ({ page }) => {
  await page.goto("/");
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  const catalogue = page.getByRole("region", { name: "All guides" });
  await expect(catalogue.getByRole("heading", { name: "AWS", exact: true })).toBeVisible();
  await catalogue.getByRole("link", { name: "AuthFailure", exact: true }).click();

  await expect(page).toHaveURL(GUIDE);
  await expect(page.getByRole("heading", { level: 1 })).toContainText("AuthFailure");
  const about = page.getByRole("list", { name: "About this error" });
  await expect(about).toContainText("HTTP 401");
  await expect(about).toContainText("Authentication");
  await expect(page.getByText(/^Last reviewed \d+ \w+ \d{4} · How we review guides$/)).toBeVisible();
  await expect(page.getByRole("navigation", { name: "Breadcrumb" })).toContainText("AWS");
  const references = page.getByRole("region", { name: "Official references" }).getByRole("listitem").getByRole("link");
  expect(await references.count()).toBeGreaterThanOrEqual(2);
  for (const href of await references.evaluateAll((links) => links.map((a) => a.getAttribute("href")))) {
    expect(href).toMatch(/^https:\/\//);
  }
});

test("the table of contents jumps to a cause section", async ({ page }) => {
  await page.goto(GUIDE);
  const toc = page.getByRole("navigation", { name: "On this page" });
  await toc.getByRole("link", { name: "The Region is an opt-in Region that the account has not enabled" }).click();
  await expect(page).toHaveURL(`${GUIDE}#opt-in-region-disabled`);
  await expect(page.locator("#opt-in-region-disabled")).toBeInViewport();
});

test("a copy-link button puts the section URL on the clipboard", async ({ page, context, baseURL }) => {
  await grantClipboard(context, baseURL);
  await page.goto(GUIDE);
  const cause = page.getByRole("region", { name: /access key ID is wrong/ });
  await cause.getByRole("button", { name: /^Copy link to The access key ID/ }).click();
  await expect(cause.getByRole("status").first()).toHaveText("Copied to the clipboard");
  expect(await readClipboard(page)).toBe(`${baseURL}${GUIDE}#key-not-recognised`);
});

test("a code copy button copies exactly the code", async ({ page, context, baseURL }) => {
  await grantClipboard(context, baseURL);
  await page.goto(GUIDE);
  const check = page.locator(".cause-part-check").first();
  await check.getByRole("button", { name: "Copy shell code" }).first().click();
  expect(await readClipboard(page)).toBe("aws sts get-caller-identity --region us-east-1\naws configure list");
});

test("an unknown guide is a 404 page that leads back into the catalogue", async ({ page }) => {
  const response = await page.goto("/errors/aws/no-such-error");
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { level: 1, name: "Page not found" })).toBeVisible();
  await expect(page.getByRole("main").getByRole("link", { name: "Diagnose an error step by step" })).toBeVisible();
  await page.getByRole("link", { name: "Browse all guides" }).click();
  await expect(page.getByRole("region", { name: "All guides" })).toBeVisible();
});
