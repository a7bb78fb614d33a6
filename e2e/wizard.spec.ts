import { expect, test } from "@playwright/test";
import { expectNoAxeViolations, storeTheme } from "./helpers";

const TREE = "/diagnose/aws-authfailure";
const PATH = ["invalid-client-token", "fails-everywhere", "asia-without-token"];
const OUTCOME = `${TREE}/${PATH.join("/")}`;
const stepHeading = (page: import("@playwright/test").Page) => page.locator("#wizard-step");

test("a guide leads into its diagnosis, and answering walks to the cause without full page loads", async ({ page }) => {
  await page.goto("/errors/aws/authfailure");
  await page.getByRole("link", { name: "open the diagnosis as its own page" }).click();
  await expect(page).toHaveURL(TREE);
  await expect(stepHeading(page)).toContainText("aws sts get-caller-identity");

  await page.evaluate(() => Object.assign(window, { fixpathMarker: "same document" }));
  await page.getByRole("link", { name: /InvalidClientTokenId \(The security token/ }).click();
  await expect(page).toHaveURL(`${TREE}/${PATH[0]}`);
  await page.getByRole("link", { name: "InvalidClientTokenId again" }).click();
  await page.getByRole("link", { name: /ASIA… and no AWS_SESSION_TOKEN line/ }).click();
  await expect(page).toHaveURL(OUTCOME);
  await expect(stepHeading(page)).toHaveText("The session token is missing, or does not belong to the access key");
  // Still the same document: the answers navigated on the client.
  expect(await page.evaluate(() => Reflect.get(window, "fixpathMarker"))).toBe("same document");
  await expect(page.getByRole("heading", { name: "Fix", exact: true })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Verify the fix" })).toBeVisible();

  await page.getByRole("link", { name: "Read this cause in the AuthFailure guide" }).click();
  await expect(page).toHaveURL("/errors/aws/authfailure#session-token-mismatch");
});

test("reload, back and forward reproduce a deep state exactly", async ({ page }) => {
  await page.goto(TREE);
  for (const name of [/InvalidClientTokenId \(The security token/, "InvalidClientTokenId again"]) {
    await page.getByRole("link", { name }).click();
  }
  await expect(page).toHaveURL(`${TREE}/${PATH[0]}/${PATH[1]}`);
  const heading = await stepHeading(page).textContent();
  const trail = page.getByRole("region", { name: "Your answers so far" });
  await expect(trail.getByRole("listitem")).toHaveCount(2);

  await page.reload();
  await expect(stepHeading(page)).toHaveText(heading ?? "");
  await expect(trail.getByRole("listitem")).toHaveCount(2);

  await page.goBack();
  await expect(page).toHaveURL(`${TREE}/${PATH[0]}`);
  await expect(trail.getByRole("listitem")).toHaveCount(1);
  await page.goForward();
  await expect(page).toHaveURL(`${TREE}/${PATH[0]}/${PATH[1]}`);
  await expect(stepHeading(page)).toHaveText(heading ?? "");
});

test("any earlier answer can be changed in one click, and start over is always there", async ({ page }) => {
  await page.goto(OUTCOME);
  await page.getByRole("link", { name: "Change answer 2" }).click();
  // The step comes back with the answer given before marked (?was=), so it can be kept in one click.
  await expect(page).toHaveURL(`${TREE}/${PATH[0]}?was=${PATH[1]}`);
  await expect(stepHeading(page)).toContainText("--region us-east-1");
  await page.getByRole("link", { name: "Start over" }).click();
  await expect(page).toHaveURL(TREE);
});

test("the wizard works with JavaScript off: answers are plain links", async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(TREE);
  await page.getByRole("link", { name: /InvalidClientTokenId \(The security token/ }).click();
  await page.getByRole("link", { name: "InvalidClientTokenId again" }).click();
  await page.getByRole("link", { name: /ASIA… and no AWS_SESSION_TOKEN line/ }).click();
  await expect(page).toHaveURL(OUTCOME);
  await expect(stepHeading(page)).toHaveText("The session token is missing, or does not belong to the access key");
  await context.close();
});

test("keyboard only: tab to an answer, press Enter, focus lands on the next question", async ({ page }) => {
  await page.goto(TREE);
  const answers = page.getByRole("list", { name: "What do you see?" }).getByRole("link");
  // Tab until the second answer has focus.
  for (let i = 0; i < 40 && !(await answers.nth(1).evaluate((a) => a === document.activeElement)); i++) {
    await page.keyboard.press("Tab");
  }
  await expect(answers.nth(1)).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(`${TREE}/${PATH[0]}`);
  await expect(stepHeading(page)).toBeFocused();
  // The next Tab goes on from the question, not from the top of the page.
  await page.keyboard.press("Tab");
  const focused = await page.evaluate(() => document.activeElement?.closest("main") !== null);
  expect(focused).toBe(true);
});

test("an unknown answer is a 404 that offers the tree's start", async ({ page }) => {
  const response = await page.goto(`${TREE}/${PATH[0]}/not-an-answer`);
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Page not found");
  await page.getByRole("link", { name: "Start this diagnosis from the first question" }).click();
  await expect(page).toHaveURL(TREE);
});

test("the map draws the whole tree and highlights the path of the state it was opened from", async ({ page, isMobile }) => {
  await page.goto(OUTCOME);
  await page.getByRole("link", { name: "See the whole tree with your path" }).click();
  await expect(page).toHaveURL(`${TREE}/map/${PATH.join("/")}`);
  // Measured on a fresh load: a client-side move keeps the scripts of the page it came from.
  await page.reload();
  if (isMobile) {
    // Phones get the same tree top to bottom: the three answers taken and the four nodes on the path marked.
    const compact = page.getByRole("region", { name: "Tree picture, top to bottom" });
    await expect(compact).toBeVisible();
    await expect(compact.locator(".map-answer[data-on-path]")).toHaveCount(3);
    await expect(compact.locator(".map-box[data-on-path]")).toHaveCount(4);
  } else {
    const svg = page.getByRole("group", { name: "Map of Diagnose AuthFailure" });
    await expect(svg).toBeVisible();
    // Three answers taken: three highlighted answer pills and four highlighted nodes (start + 3).
    await expect(svg.locator('g[data-kind="answer"][data-on-path]')).toHaveCount(3);
    await expect(svg.locator('g[data-kind]:not([data-kind="answer"])[data-on-path]')).toHaveCount(4);
  }
  // The map is drawn on the server: it loads no script that a plain page (the editorial page) does not.
  const scriptsOf = () =>
    page.evaluate(() => [...document.scripts].map((s) => new URL(s.src || location.href).pathname).filter((p) => p.startsWith("/_next/")));
  const mapScripts = await scriptsOf();
  await page.goto("/editorial");
  const plainScripts = await scriptsOf();
  expect(mapScripts.filter((s) => !plainScripts.includes(s))).toEqual([]);
});

for (const theme of ["light", "dark"] as const) {
  const pages = {
    question: `${TREE}/${PATH[0]}`,
    outcome: OUTCOME,
    map: `${TREE}/map/${PATH.join("/")}`,
    "diagnose index": "/diagnose",
  };
  for (const [name, path] of Object.entries(pages)) {
    test(`axe finds no violations on a wizard ${name}, ${theme} theme`, async ({ page, context }) => {
      await storeTheme(context, theme);
      await page.goto(path);
      await expectNoAxeViolations(page);
    });
  }
}
