import { existsSync } from "node:fs";
import { expect, test } from "@playwright/test";
import { expectNoAxeViolations } from "../e2e/helpers";

/** The static export works on a plain static host: everything but /api/lookup. */

test("the catalogue, a guide and its Markdown twin, llms.txt and an Open Graph image", async ({ page, request }) => {
  await page.goto("/");
  await page.getByRole("region", { name: "All guides" }).getByRole("link", { name: "AuthFailure", exact: true }).click();
  await expect(page).toHaveURL("/errors/aws/authfailure");
  await expect(page.getByRole("heading", { level: 1 })).toContainText("AuthFailure");
  await expectNoAxeViolations(page);
  const twin = await request.get("/errors/aws/authfailure.md");
  expect(twin.headers()["content-type"]).toContain("text/markdown");
  expect(await twin.text()).toMatch(/^# AuthFailure/);
  expect(await (await request.get("/llms.txt")).text()).toContain("/errors/aws/authfailure.md");
  const png = await (await request.get("/errors/aws/authfailure/opengraph-image")).body();
  expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([1200, 630]);
  expect((await request.get("/errors/aws/authfailure")).headers()["content-security-policy"]).toContain("frame-ancestors 'none'");
});

test("the lookup box runs in the browser: paste, Enter, the guide; no API needed", async ({ page, request }) => {
  expect((await request.get("/api/lookup?q=AuthFailure")).status()).toBe(404);
  await page.goto("/");
  const box = page.getByRole("combobox", { name: "Paste an error or a code" });
  await box.fill("An error occurred (InvalidClientTokenId) when calling the GetCallerIdentity operation AKIAFIXPATHTESTKEY99");
  await expect(page.getByRole("option").first()).toContainText("InvalidClientTokenId");
  await box.press("Enter");
  await expect(page).toHaveURL("/errors/aws/invalidclienttokenid");
  expect(await page.content()).not.toContain("AKIAFIXPATHTESTKEY99");
});

test("search and /diagnose?q= work in the browser", async ({ page }) => {
  await page.goto("/search?q=client%20token");
  await expect(page.getByRole("heading", { name: "Suggestions" })).toBeVisible();
  await page.goto(`/diagnose?q=${encodeURIComponent("rpc error: code = PermissionDenied desc = denied")}`);
  await expect(page).toHaveURL("/diagnose/grpc-permission-denied");
});

test("the wizard works with JavaScript off, and its map is there", async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto("/diagnose/aws-authfailure");
  await page.getByRole("link", { name: /InvalidClientTokenId \(The security token/ }).click();
  await page.getByRole("link", { name: "InvalidClientTokenId again" }).click();
  await page.getByRole("link", { name: /ASIA… and no AWS_SESSION_TOKEN line/ }).click();
  await expect(page.locator("#wizard-step")).toHaveText("The session token is missing, or does not belong to the access key");
  await page.getByRole("link", { name: "See the whole tree" }).click();
  await expect(page.getByRole("img", { name: "Map of Diagnose AuthFailure" })).toBeVisible();
  // An old answer slug and a short link forward without a server.
  await page.goto("/diagnose/aws-authfailure/sts-fails");
  await expect(page).toHaveURL("/diagnose/aws-authfailure/invalid-client-token");
  await page.goto("/e/AuthFailure");
  await expect(page).toHaveURL("/errors/aws/authfailure");
  await context.close();
});

test("unknown addresses get the 404 page", async ({ page }) => {
  const response = await page.goto("/errors/aws/no-such-error");
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Page not found");
  await page.goto("/diagnose/aws-authfailure/not-an-answer");
  await expect(page.getByRole("link", { name: "Start this diagnosis from the first question" })).toBeVisible();
});

test("the static build leaves the server build in .next alone", () => {
  // npm test builds the server first, then the static export; `npm start` and the bench serve .next.
  test.skip(!existsSync(".next/BUILD_ID"), "no server build was made before this static build");
  // The static variant has no API route; the server build has.
  expect(existsSync(".next/server/app/api/lookup")).toBe(true);
});
