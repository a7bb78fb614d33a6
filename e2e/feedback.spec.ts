import { expect, test, type APIRequestContext, type Page } from "@playwright/test";
import { expectNoAxeViolations, GUIDE } from "./helpers";

/**
 * "Did this fix it?", problem reports and /insights against the production server and its embedded store
 * (playwright.config.ts gives the server a data folder of its own and the insights token). Counts are
 * compared before and after each journey, so the tests hold whatever earlier runs stored.
 */
const CAUSE = "key-not-recognised";
const OTHER_CAUSE = "opt-in-region-disabled";
const OUTCOME = "/diagnose/aws-authfailure/invalid-client-token/fails-everywhere/asia-without-token";
const OUTCOME_NODE = "token-mismatch";
const TOKEN = process.env.FIXPATH_ADMIN_TOKEN ?? "";
const SECRET = "ghp_e2eAbcdefghijklmnopqrstuvwxyz0123456";

type Insights = {
  totals: { yes: number; no: number; reports: number; unfound: number };
  trees: { id: string; endings: { node: string; yes: number; no: number }[] }[];
  guides: { url: string; causes: { id: string; yes: number; no: number }[] }[];
  reports: { page: string; text: string }[];
  comments: { place: string; text: string }[];
};

async function insights(request: APIRequestContext): Promise<Insights> {
  const response = await request.get("/insights.json", { headers: { authorization: `Bearer ${TOKEN}` } });
  expect(response.status()).toBe(200);
  return (await response.json()) as Insights;
}

const causeCounts = (data: Insights, cause: string) => data.guides.find((g) => g.url === GUIDE)?.causes.find((c) => c.id === cause);
const outcomeCounts = (data: Insights) => data.trees.find((t) => t.id === "aws-authfailure")?.endings.find((e) => e.node === OUTCOME_NODE);

/** Each test posts as a client of its own: the limit of 10 a minute is per client. */
let client = 0;
async function ownClient(page: Page) {
  client++;
  await page.setExtraHTTPHeaders({ "x-forwarded-for": `198.18.${Date.now() % 250}.${client}` });
}

// The first request opens the store (PGlite: a few seconds the first time, more on a busy machine).
test.describe.configure({ timeout: 90_000 });
test.beforeAll(async ({ request }) => {
  test.setTimeout(120_000);
  await insights(request);
});

const causeForm = (page: Page, cause: string) => page.locator(`section[aria-labelledby="${cause}"] form[data-feedback="fix"]`);
/** The island has hydrated: a click now answers in place instead of posting the plain form. */
const live = (page: Page) => expect(page.locator("form[data-feedback][data-live]").first()).toBeAttached();

test("Yes under a guide's cause, with JavaScript: stays on the page, is remembered, and can be changed to No", async ({
  page,
  request,
}) => {
  const before = causeCounts(await insights(request), CAUSE);
  await ownClient(page);
  await page.goto(GUIDE);
  await live(page);
  const form = causeForm(page, CAUSE);
  await expect(form.getByText("Did this fix it?")).toBeVisible();
  await form.getByRole("button", { name: "Yes", exact: true }).click();
  await expect(form.getByRole("status")).toHaveText('Thank you: your answer "Yes" is recorded.');
  expect(new URL(page.url()).pathname).toBe(GUIDE);
  expect(causeCounts(await insights(request), CAUSE)).toMatchObject({ yes: (before?.yes ?? 0) + 1, no: before?.no ?? 0 });

  // Remembered in this browser, for this cause only; changing it replaces the answer instead of adding one.
  await page.reload();
  await live(page);
  await expect(form).toContainText("You answered Yes here.");
  await expect(causeForm(page, OTHER_CAUSE).getByRole("button", { name: "Yes", exact: true })).toBeVisible();
  await form.getByRole("button", { name: "Change your answer" }).click();
  await form.getByRole("button", { name: "No", exact: true }).click();
  await expect(form).toContainText("You answered No here.");
  expect(causeCounts(await insights(request), CAUSE)).toMatchObject({ yes: before?.yes ?? 0, no: (before?.no ?? 0) + 1 });
});

test("No with what was seen instead, without JavaScript: the form posts and returns to the cause with a thank-you", async ({
  browser,
  request,
  baseURL,
}) => {
  const before = causeCounts(await insights(request), CAUSE);
  const context = await browser.newContext({ javaScriptEnabled: false, baseURL });
  const page = await context.newPage();
  await ownClient(page);
  await page.goto(GUIDE);
  const form = causeForm(page, CAUSE);
  await form.getByText("No, and here is what I saw instead").click();
  const seen = `Still AuthFailure <b>bold</b> with ${SECRET} ${Date.now()}`;
  await form.getByLabel(/What did you see instead\?/).fill(seen);
  await form.getByRole("button", { name: "Send “No” with this" }).click();
  await expect(page).toHaveURL(`${GUIDE}#feedback-thanks-${CAUSE}`);
  await expect(page.locator(`#feedback-thanks-${CAUSE}`)).toBeVisible();
  await expect(page.locator(`#feedback-thanks-${CAUSE}`)).toHaveText("Thank you: your answer is recorded.");
  await context.close();

  const after = await insights(request);
  expect(causeCounts(after, CAUSE)).toMatchObject({ yes: before?.yes ?? 0, no: (before?.no ?? 0) + 1 });
  const comment = after.comments.find((c) => c.place === `${GUIDE}#${CAUSE}` && c.text.startsWith("Still AuthFailure <b>bold</b> with"));
  // Masked on the server: the post without JavaScript was not masked in the browser.
  expect(comment?.text).toContain("[masked]");
  expect(JSON.stringify(after)).not.toContain(SECRET);
});

test("a wizard outcome asks Did this fix it?, with and without JavaScript", async ({ page, browser, request, baseURL }) => {
  const before = outcomeCounts(await insights(request));
  await ownClient(page);
  await page.goto(OUTCOME);
  await live(page);
  const form = page.locator('form[data-feedback="fix"]');
  await expect(form).toHaveCount(1);
  await form.getByRole("button", { name: "Yes", exact: true }).click();
  await expect(form.getByRole("status")).toHaveText('Thank you: your answer "Yes" is recorded.');
  expect(new URL(page.url()).pathname).toBe(OUTCOME);

  const context = await browser.newContext({ javaScriptEnabled: false, baseURL });
  const plain = await context.newPage();
  await ownClient(plain);
  await plain.goto(OUTCOME);
  await plain.getByRole("button", { name: "No", exact: true }).click();
  await expect(plain).toHaveURL(`${OUTCOME}#feedback-thanks`);
  await expect(plain.locator("#feedback-thanks")).toBeVisible();
  await context.close();

  expect(outcomeCounts(await insights(request))).toMatchObject({ yes: (before?.yes ?? 0) + 1, no: (before?.no ?? 0) + 1 });
});

test("Report a problem with this guide: the link leads to a form that goes to the store", async ({ page, request }) => {
  await ownClient(page);
  await page.goto(GUIDE);
  await live(page);
  await page.getByRole("link", { name: "Report a problem with this guide" }).click();
  await expect(page).toHaveURL(`${GUIDE}#report-problem`);
  const report = `Step 2 names the wrong flag ${Date.now()}`;
  const form = page.locator("#report-problem form");
  const field = form.getByLabel(/The exact error and what the guide got wrong/);
  await field.fill(`${report} with ${SECRET}`);
  // Masked in the browser as it is typed: the secret leaves neither the field nor the page.
  await expect(field).toHaveValue(`${report} with ghp_[masked]`);
  await form.getByRole("button", { name: "Send report" }).click();
  await expect(form.getByRole("status")).toHaveText("Thank you: your report is recorded. The editors read every one.");
  expect((await insights(request)).reports).toContainEqual({ at: expect.any(String), page: GUIDE, text: `${report} with ghp_[masked]` });
});

test("guide pages stay prerendered with the feedback forms in them", async ({ request }) => {
  const response = await request.get(GUIDE);
  expect(response.headers()["x-nextjs-prerender"]).toMatch(/^1\b/);
  expect(await response.text()).toContain('action="/api/feedback"');
});

test("/insights is closed: 404 without the token, then the sign-in opens it", async ({ page, request }) => {
  for (const url of ["/insights", "/insights.json", "/insights/csv/outcomes"]) {
    expect((await request.get(url)).status(), url).toBe(404);
  }
  expect((await request.get("/insights.json", { headers: { authorization: "Bearer not-the-token" } })).status()).toBe(404);

  await page.goto("/insights/login");
  await page.getByLabel("Token").fill("not-the-token");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "That is not the token. Try again." })).toBeVisible();
  expect((await page.context().cookies()).find((c) => c.name === "fixpath_insights")).toBeUndefined();

  await page.getByLabel("Token").fill(TOKEN);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(/\/insights$/);
  const cookie = (await page.context().cookies()).find((c) => c.name === "fixpath_insights");
  expect(cookie).toMatchObject({ httpOnly: true, sameSite: "Strict", secure: false });
  expect(cookie?.value).not.toContain(TOKEN);
});

test("/insights shows tables, SVG charts and CSV exports, and what readers typed only as text", async ({ page, request }) => {
  // Something typed that would be markup if it were ever rendered as HTML.
  const typed = `<img src=x onerror="document.title='owned'"><b>e2e</b> ${Date.now()}`;
  const posted = await request.post("/api/feedback", {
    headers: { "sec-fetch-site": "same-origin", accept: "application/json", "x-forwarded-for": "198.19.0.1" },
    form: { place: GUIDE, kind: "report", detail: typed },
  });
  expect(posted.status()).toBe(201);

  await page.goto("/insights/login");
  await page.getByLabel("Token").fill(TOKEN);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Insights" })).toBeVisible();
  for (const heading of ["Trends by week", "Diagnoses: per tree", "Guides: per cause", "What nobody found", "In readers’ words"]) {
    await expect(page.getByRole("heading", { level: 2, name: heading })).toBeVisible();
  }
  await expect(page.locator('svg[role="img"][data-chart="answers-by-week"]')).toBeVisible();
  await expect(page.locator('svg[role="img"][data-chart="unfound-by-week"]')).toBeVisible();
  expect(await page.locator("table").count()).toBeGreaterThan(4);
  await expect(page.getByRole("cell", { name: typed })).toBeVisible();
  await expect(page.locator("main img, main b")).toHaveCount(0);
  expect(await page.title()).not.toBe("owned");
  await expectNoAxeViolations(page);

  // CSV: with the session cookie, every table; typed text stays data (quoted, never a formula).
  const csv = await page.request.get("/insights/csv/reports");
  expect(csv.status()).toBe(200);
  expect(csv.headers()["content-type"]).toBe("text/csv; charset=utf-8");
  expect(csv.headers()["content-disposition"]).toMatch(/^attachment; filename="fixpath-reports-\d{4}-\d{2}-\d{2}\.csv"$/);
  const text = await csv.text();
  expect(text.split("\r\n")[0]).toBe("at,guide,report");
  expect(text).toContain(`"${typed.replace(/"/g, '""')}"`);
  for (const table of ["outcomes", "no-paths", "causes", "unfound-codes", "unfound-texts", "comments", "weeks"]) {
    expect((await page.request.get(`/insights/csv/${table}`)).status(), table).toBe(200);
  }
  expect((await page.request.get("/insights/csv/no-such-table")).status()).toBe(404);
});

test("abuse limits: 403 cross-site, 413 over 8 kB, 400 for a place that is not published, 429 after 10 a minute", async ({
  page,
  request,
  baseURL,
}) => {
  const same = { "sec-fetch-site": "same-origin", accept: "application/json" };
  const before = (await insights(request)).totals;

  // A form on another site, posted by a real browser: Chromium says cross-site.
  await page.route("http://evil.example/**", (route) =>
    route.fulfill({
      contentType: "text/html",
      body: `<form method="post" action="${baseURL}/api/feedback"><input name="place" value="${GUIDE}#${CAUSE}"><input name="answer" value="yes"><button>go</button></form>`,
    }),
  );
  await page.goto("http://evil.example/");
  const [crossSite] = await Promise.all([
    page.waitForResponse(`${baseURL}/api/feedback`),
    page.getByRole("button", { name: "go" }).click(),
  ]);
  expect(crossSite.status()).toBe(403);
  const forged = await request.post("/api/feedback", {
    headers: { origin: "https://evil.example", "x-forwarded-for": "198.19.1.1" },
    form: { place: `${GUIDE}#${CAUSE}`, answer: "yes" },
  });
  expect(forged.status()).toBe(403);

  const big = await request.post("/api/feedback", {
    headers: { ...same, "x-forwarded-for": "198.19.1.2" },
    form: { place: `${GUIDE}#${CAUSE}`, answer: "no", detail: "x".repeat(9000) },
  });
  expect(big.status()).toBe(413);

  for (const place of [`${GUIDE}#no-such-cause`, "/errors/aws/no-such-guide#x", "/diagnose/aws-authfailure", "https://evil.example/"]) {
    const response = await request.post("/api/feedback", {
      headers: { ...same, "x-forwarded-for": "198.19.1.3" },
      form: { place, answer: "yes" },
    });
    expect(response.status(), place).toBe(400);
  }
  const noAnswer = await request.post("/api/feedback", {
    headers: { ...same, "x-forwarded-for": "198.19.1.4" },
    form: { place: `${GUIDE}#${CAUSE}`, answer: "maybe" },
  });
  expect(noAnswer.status()).toBe(400);

  const flood = `198.19.2.${Date.now() % 250}`;
  const statuses: number[] = [];
  for (let i = 0; i < 11; i++) {
    const response = await request.post("/api/feedback", {
      headers: { ...same, "x-forwarded-for": flood },
      form: { place: `${GUIDE}#${OTHER_CAUSE}`, answer: "yes" },
    });
    statuses.push(response.status());
    if (i === 10) expect(Number(response.headers()["retry-after"])).toBeGreaterThan(0);
  }
  expect(statuses).toEqual([...Array(10).fill(201), 429]);

  // Only the ten accepted answers were stored.
  const after = (await insights(request)).totals;
  expect(after.yes - before.yes).toBe(10);
  expect(after.no - before.no).toBe(0);
});

test("hostile feedback posts get a 4xx (or are stored as text), never a 5xx, a reflection or a leak", async ({ request }) => {
  const payloads = [
    '"><img src=x onerror=alert(1)>',
    "<script>alert(1)</script>",
    "%00\u0000",
    "../../../../etc/passwd",
    "\ud800",
    "a".repeat(3000),
  ];
  const fields = ["place", "answer", "kind", "answer_id", "detail"];
  let n = 0;
  const send = async (options: Parameters<APIRequestContext["post"]>[1], what: string) => {
    n++;
    const response = await request.post("/api/feedback", {
      maxRedirects: 0,
      ...options,
      headers: { "sec-fetch-site": "same-origin", "x-forwarded-for": `198.19.3.${n % 250}`, ...options?.headers },
    });
    expect(response.status(), what).toBeLessThan(500);
    const body = await response.text();
    expect(body, what).not.toContain("<script>");
    expect(body, what).not.toContain("<img");
    expect(body, what).not.toMatch(/node_modules|\/work\/|\.next\/server|\bat .+:\d+:\d+\)/);
    return response.status();
  };
  for (const payload of payloads) {
    for (const field of fields) {
      const form = { place: `${GUIDE}#${CAUSE}`, answer: "no", [field]: payload };
      const status = await send({ form }, `${field}=${payload.slice(0, 20)}`);
      // Only a hostile "what did you see instead?" is a valid answer: stored as text.
      if (field !== "detail" || payload.length > 1000) expect(status, `${field}=${payload.slice(0, 20)}`).toBe(400);
    }
  }
  expect(await send({ headers: { "content-type": "application/json" }, data: "{}" }, "JSON")).toBe(415);
  expect(await send({ headers: { "content-type": "multipart/form-data; boundary=x" }, data: "--x\r\nbroken" }, "broken multipart")).toBe(
    400,
  );
  expect(await send({ headers: { "content-type": "application/x-www-form-urlencoded" }, data: "" }, "empty")).toBe(400);
  expect((await request.get("/api/feedback")).status()).toBe(405);
});
