import { expect, test } from "@playwright/test";
import { expectNoAxeViolations } from "./helpers";

const FAKE_KEY = "AKIAFIXPATHTESTKEY99"; // not in any guide, so the page cannot contain it by accident
const PASTE = `$ aws ec2 describe-instances --region ap-east-1
An error occurred (AuthFailure) when calling the DescribeInstances operation: AWS was not able to validate the provided access credentials
# export AWS_ACCESS_KEY_ID=${FAKE_KEY}`;

test("paste an error with an access key, press Enter, land on the guide; the key is nowhere", async ({ page }) => {
  await page.goto("/");
  const box = page.getByRole("combobox", { name: "Paste an error or a code" });
  await box.fill(PASTE);
  await expect(page.getByRole("option").first()).toContainText("AuthFailure");
  await expect(box).not.toHaveValue(new RegExp(FAKE_KEY));
  await expect(page.getByRole("status").filter({ hasText: "Masked" })).toContainText("1 AWS access key ID");
  await box.press("Enter");
  await expect(page).toHaveURL("/errors/aws/authfailure");
  expect(page.url()).not.toContain(FAKE_KEY);
  expect(await page.content()).not.toContain(FAKE_KEY);
});

test("results as you type, keyboard navigation, and an accessible combobox", async ({ page }) => {
  await page.goto("/errors/http/401");
  // "/" focuses the header box from anywhere on the page.
  await page.locator("h1").click();
  await page.keyboard.press("/");
  const box = page.getByRole("combobox", { name: "Paste an error or a code" });
  await expect(box).toBeFocused();
  await page.keyboard.type("client token");
  const options = page.getByRole("option");
  await expect(options.first()).toBeVisible();
  await expect(box).toHaveAttribute("aria-expanded", "true");
  await page.keyboard.press("ArrowDown");
  const first = options.first();
  await expect(first).toHaveAttribute("aria-selected", "true");
  await expect(box).toHaveAttribute("aria-activedescendant", (await first.getAttribute("id")) ?? "");
  await expect(page.getByRole("listbox")).toContainText("InvalidClientTokenId");
  await page.keyboard.press("Escape");
  await expect(box).toHaveAttribute("aria-expanded", "false");
  await expectNoAxeViolations(page);
});

test("with nothing identified, Enter goes to the suggestions page, which never shows a secret", async ({ page }) => {
  await page.goto("/");
  const box = page.getByRole("combobox", { name: "Paste an error or a code" });
  await box.fill(`my deploy broke: session token ${"IQoJb3JpZ2luX2VjEJr".repeat(8)} client token thing`);
  await expect(page.getByRole("listbox")).toContainText("Suggestion");
  await box.press("Enter");
  await expect(page).toHaveURL(/\/search\?q=/);
  expect(decodeURIComponent(page.url())).toContain("[masked]");
  expect(page.url()).not.toContain("IQoJb3JpZ2luX2VjEJrIQoJ");
  await expect(page.getByRole("heading", { name: "Not identified" })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Suggestions" })).toBeVisible();
  await expectNoAxeViolations(page);
});

test("without JavaScript the box is a form that POSTs the text; the server masks it", async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto("/search");
  const main = page.getByRole("main");
  await main.getByRole("combobox", { name: "Paste an error or a code" }).fill(`InvalidClientTokenId ${FAKE_KEY}`);
  await main.getByRole("button", { name: "Find" }).click();
  await expect(page).toHaveURL("/errors/aws/invalidclienttokenid");
  await context.close();
});

test("/diagnose?q= goes straight to the identified tree's first question", async ({ page }) => {
  await page.goto(`/diagnose?q=${encodeURIComponent("rpc error: code = PermissionDenied desc = caller lacks permission")}`);
  await expect(page).toHaveURL("/diagnose/grpc-permission-denied");
  await expect(page.locator("#wizard-step")).toBeVisible();
});

test("/e/ short links: case-insensitive redirects, and a helpful 404 for unknown codes", async ({ page, request }) => {
  for (const code of ["AuthFailure", "authfailure", "AUTHFAILURE", "AccessDeniedException", "PERMISSION_DENIED", "403"]) {
    const response = await request.get(`/e/${code}`, { maxRedirects: 0 });
    expect(response.status(), code).toBe(308);
  }
  await page.goto("/e/AccessDeniedException");
  await expect(page).toHaveURL("/errors/aws/accessdenied");
  const response = await page.goto("/e/AuthFailur");
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("No guide for this code");
  await expect(page.getByRole("main").getByRole("link", { name: "AuthFailure" })).toBeVisible();
});

test("GET /api/lookup returns the documented JSON, masks secrets, and refuses bad input with 4xx", async ({ request }) => {
  const response = await request.get(
    `/api/lookup?q=${encodeURIComponent(`HTTP/1.1 403 Forbidden\n<Code>SignatureDoesNotMatch</Code> ${FAKE_KEY}`)}`,
  );
  expect(response.status()).toBe(200);
  const body = await response.json();
  expect(Object.keys(body).sort()).toEqual(["masked", "matches", "query", "suggestions"]);
  expect(body.query).not.toContain(FAKE_KEY);
  expect(body.query).toContain("AKIA[masked]");
  expect(body.matches[0]).toMatchObject({ code: "SignatureDoesNotMatch", provider: "aws", url: "/errors/aws/signaturedoesnotmatch" });
  expect(Object.keys(body.matches[0]).sort()).toEqual(["code", "matchedOn", "provider", "score", "title", "url"]);
  expect(body.matches.map((m: { url: string }) => m.url)).toContain("/errors/http/403");

  const none = await (await request.get("/api/lookup?q=ThrottlingException%3A%20Rate%20exceeded")).json();
  expect(none.matches).toEqual([]);
  expect((await request.get("/api/lookup")).status()).toBe(400);
  expect((await request.get("/api/lookup?q=%20%20")).status()).toBe(400);
  const long = await request.get(`/api/lookup?q=${"a".repeat(20_001)}`);
  expect(long.status()).toBe(413);
  expect((await long.json()).error).toMatch(/at most 20000/);
});

test("text pasted before the page finished loading still gets its results", async ({ page }) => {
  await page.goto("/", { waitUntil: "commit" });
  const box = page.getByRole("combobox", { name: "Paste an error or a code" });
  await box.fill("InvalidClientTokenId");
  await expect(page.getByRole("option").first()).toContainText("InvalidClientTokenId", { timeout: 10_000 });
});
