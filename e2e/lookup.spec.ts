import { expect, test } from "@playwright/test";
import { expectNoAxeViolations } from "./helpers";

const FAKE_KEY = "AKIAFIXPATHTESTKEY99"; // not in any guide, so the page cannot contain it by accident
const PASTE = `$ aws ec2 describe-instances --region ap-east-1
An error occurred (AuthFailure) when calling the DescribeInstances operation: AWS was not able to validate the provided access credentials
# export AWS_ACCESS_KEY_ID=${FAKE_KEY}`;

const box = (page: import("@playwright/test").Page) => page.getByRole("main").getByRole("textbox", { name: "Paste an error or a code" });

test("paste a multi-line error with an access key, press Enter, land on the guide; the key is nowhere", async ({ page }) => {
  await page.goto("/");
  await box(page).fill(PASTE);
  await expect(page.getByRole("option").first()).toContainText("AuthFailure");
  // A multi-line paste stays multi-line (the field grows) and the key is masked in the field itself.
  await expect(box(page)).toHaveValue(/\n/);
  await expect(box(page)).not.toHaveValue(new RegExp(FAKE_KEY));
  await expect(page.getByRole("status").filter({ hasText: "Masked" })).toContainText("1 AWS access key ID");
  await box(page).press("Enter");
  await expect(page).toHaveURL("/errors/aws/authfailure");
  expect(page.url()).not.toContain(FAKE_KEY);
  expect(await page.content()).not.toContain(FAKE_KEY);
});

test("a message that names a cause opens the guide at that cause, marked as matched", async ({ page }) => {
  await page.goto("/");
  await box(page).fill(
    "An error occurred (AuthFailure) when calling the DescribeImages operation: AuthFailure: Not authorized for images: [ami-0123456789abcdef0]",
  );
  await expect(page.getByRole("option").first()).toContainText("matched cause");
  await box(page).press("Enter");
  await expect(page).toHaveURL(/\/errors\/aws\/authfailure\?matched=resource-not-owned#resource-not-owned$/);
  await expect(page.locator("section.cause[data-matched]")).toHaveAttribute("aria-labelledby", "resource-not-owned");
  await expect(page.getByText(/^Matched your error/)).toBeVisible();
});

test("results as you type, keyboard navigation, Esc closes then clears", async ({ page }) => {
  await page.goto("/errors/http/401");
  // "/" focuses the header box from anywhere on the page.
  await page.locator("h1").click();
  await page.keyboard.press("/");
  const header = page.getByRole("banner").getByRole("textbox", { name: "Paste an error or a code" });
  await expect(header).toBeFocused();
  await page.keyboard.type("client token");
  const options = page.getByRole("option");
  await expect(options.first()).toBeVisible();
  await page.keyboard.press("ArrowDown");
  const first = options.first();
  await expect(first).toHaveAttribute("aria-selected", "true");
  await expect(header).toHaveAttribute("aria-activedescendant", (await first.getAttribute("id")) ?? "");
  await expect(page.getByRole("listbox")).toContainText("InvalidClientTokenId");
  await page.keyboard.press("Escape");
  await expect(page.getByRole("listbox")).toBeHidden();
  await expect(header).toHaveValue("client token");
  await page.keyboard.press("Escape");
  await expect(header).toHaveValue("");
  await expectNoAxeViolations(page);
});

test("bare codes and statuses find their guide", async ({ request }) => {
  for (const [q, url] of [
    ["403", "/errors/http/403"],
    ["401", "/errors/http/401"],
    ["Error 403", "/errors/http/403"],
    ["HTTP 403", "/errors/http/403"],
    ["CORS", "/playbooks/cors"],
    ["AuthFailure", "/errors/aws/authfailure"],
  ] as const) {
    const body = await (await request.get(`/api/lookup?q=${encodeURIComponent(q)}`)).json();
    expect(body.matches[0]?.url, q).toBe(url);
  }
});

test("with nothing identified, Enter posts the text and lands on a page that says what was recognised; no text in any URL", async ({
  page,
}) => {
  const urls: string[] = [];
  page.on("request", (r) => urls.push(r.url()));
  await page.goto("/");
  await box(page).fill(`ThrottlingException: Rate exceeded, status code: 400 session ${"IQoJb3JpZ2luX2VjEJr".repeat(8)}`);
  // The box's own live region (the page has others, such as the copy button's).
  await expect(page.getByRole("status").filter({ hasText: /Masked|identified/ })).toBeVisible();
  await box(page).press("Enter");
  await expect(page).toHaveURL(/\/search\?.*found=none/);
  await expect(page.getByRole("heading", { name: "Not identified" })).toBeVisible();
  await expect(page.getByText(/Recognised in it:.*HTTP 400.*ThrottlingException/)).toBeVisible();
  await expect(page.getByRole("heading", { name: "What Fixpath covers" })).toBeVisible();
  for (const url of urls) {
    expect(url).not.toContain("IQoJb3JpZ2lu");
    expect(decodeURIComponent(url)).not.toContain("Rate exceeded");
  }
  await expectNoAxeViolations(page);
});

test("without JavaScript the box is a form that POSTs the text; the server sends it on with no text in the address", async ({
  browser,
}) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto("/search");
  await box(page).fill(`InvalidClientTokenId ${FAKE_KEY}`);
  await page.getByRole("main").getByRole("button", { name: "Find" }).click();
  await expect(page).toHaveURL("/errors/aws/invalidclienttokenid");
  await context.close();
});

test("inbound ?q= links redirect to an address without the text", async ({ request }) => {
  const search = await request.get(`/search?q=${encodeURIComponent(`InvalidClientTokenId ${FAKE_KEY}`)}`, { maxRedirects: 0 });
  expect([303, 307, 308]).toContain(search.status());
  expect(search.headers().location).toBe("/errors/aws/invalidclienttokenid");
  const unknown = await request.get(`/search?q=${encodeURIComponent(`my secret deploy failed ${FAKE_KEY}`)}`, { maxRedirects: 0 });
  expect(unknown.headers().location).toMatch(/^\/search\?.*found=none/);
  expect(unknown.headers().location).not.toMatch(/secret|deploy|AKIA/);
});

test("/diagnose?q= starts at the deepest step the paste answers, marked as from your error", async ({ page }) => {
  await page.goto(`/diagnose?q=${encodeURIComponent("rpc error: code = PermissionDenied desc = caller lacks permission")}`);
  await expect(page).toHaveURL(/^[^?]*\/diagnose\/grpc-permission-denied/);
  await expect(page.locator("#wizard-step")).toBeVisible();
  const cors =
    "Access to fetch at 'https://api.example.com/v1' from origin 'https://app.example.com' has been blocked by CORS policy: Response to preflight request doesn't pass access control check: It does not have HTTP ok status.";
  await page.goto(`/diagnose?q=${encodeURIComponent(cors)}`);
  await expect(page).toHaveURL(/\/diagnose\/cors\/preflight/);
  expect(page.url()).not.toContain("example.com");
  await expect(page.getByRole("region", { name: "Your answers so far" }).getByText("from your error")).toBeVisible();
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
  expect(Object.keys(body).sort()).toEqual(["masked", "matches", "query", "recognised", "suggestions"]);
  expect(body.query).not.toContain(FAKE_KEY);
  expect(body.query).toContain("AKIA[masked]");
  expect(body.matches[0]).toMatchObject({ code: "SignatureDoesNotMatch", provider: "aws", url: "/errors/aws/signaturedoesnotmatch" });
  for (const key of ["code", "matchedOn", "provider", "score", "title", "url"]) expect(body.matches[0]).toHaveProperty(key);
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
  await box(page).fill("InvalidClientTokenId");
  await expect(page.getByRole("option").first()).toContainText("InvalidClientTokenId", { timeout: 10_000 });
});

test("an Entra ID code Fixpath has no guide for says what it is and links Microsoft's page for it", async ({ page }) => {
  await page.goto("/");
  await box(page).fill("AADSTS50076: Due to a configuration change made by your administrator, or because you moved to a new location");
  await box(page).press("Enter");
  await expect(page).toHaveURL(/\/search\?.*found=none/);
  expect(page.url()).not.toContain("configuration");
  // The label is its own <span>: the recognised values follow it in the same paragraph.
  await expect(page.locator("p", { hasText: "Recognised in it:" })).toContainText("code AADSTS50076");
  await expect(page.getByRole("link", { name: "the official page for AADSTS50076" })).toHaveAttribute(
    "href",
    "https://login.microsoftonline.com/error?code=50076",
  );
});

test("an Entra ID code with no guide links to its row in the list of other AADSTS codes, marked as not covered yet", async ({ page }) => {
  await page.goto("/");
  await box(page).fill("AADSTS50076: Due to a configuration change made by your administrator, or because you moved to a new location");
  await box(page).press("Enter");
  await expect(page).toHaveURL(/\/search\?.*found=none/);
  await expect(page.getByText("Not covered by a guide yet:")).toBeVisible();
  const row = page.getByRole("link", { name: "AADSTS50076 in the list of other AADSTS codes" });
  // Only the code's digits, in the fragment: nothing else from the paste.
  await expect(row).toHaveAttribute("href", "/errors/azure#aadsts50076");
  await row.click();
  await expect(page).toHaveURL("/errors/azure#aadsts50076");
  const section = page.getByRole("region", { name: "Other AADSTS codes (no guide yet)" });
  await expect(section).toBeVisible();
  const item = section.locator("#aadsts50076");
  await expect(item.getByRole("heading", { level: 3 })).toHaveText("AADSTS50076");
  await expect(item.getByRole("link", { name: "Microsoft's page for AADSTS50076" })).toHaveAttribute(
    "href",
    "https://login.microsoftonline.com/error?code=50076",
  );
  await expect(item.getByRole("link", { name: /^kubelogin/ })).toHaveAttribute(
    "href",
    /^https:\/\/github\.com\/Azure\/kubelogin\/blob\/[0-9a-f]{40}\//,
  );
  // Covered codes are guides on this page, not rows of the list.
  await expect(section.locator("#aadsts7000215")).toHaveCount(0);
  await expect(page.getByRole("main").locator('a[href="/errors/azure/aadsts7000215"]').first()).toBeVisible();
  await expectNoAxeViolations(page);

  // A code that is neither covered nor listed leads to the list itself.
  await page.goto("/search?provider=azure&code=AADSTS12345678&found=none");
  await expect(page.getByRole("link", { name: "the list of other AADSTS codes" })).toHaveAttribute(
    "href",
    "/errors/azure#other-aadsts-codes",
  );
});
