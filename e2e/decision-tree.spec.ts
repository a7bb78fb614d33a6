import { expect, test, type Page } from "@playwright/test";
import { expectNoAxeViolations, GUIDE, storeTheme } from "./helpers";

/**
 * The guide's decision tree inside the article (<DecisionTree />): walked in place with JavaScript, by plain
 * links to the wizard without it; every state an address that reload, back and forward reproduce.
 */
const TREE = "/diagnose/aws-authfailure";
const PATH = ["invalid-client-token", "fails-everywhere", "asia-without-token"];
const ANSWERS = [/InvalidClientTokenId \(The security token/, "InvalidClientTokenId again", /ASIA… and no AWS_SESSION_TOKEN line/];
const CAUSE = "The session token is missing, or does not belong to the access key";

const tree = (page: Page) => page.locator("section#diagnose-tree");
const title = (page: Page) => tree(page).locator("#diagnose-tree-title");
const answersSoFar = (page: Page) => tree(page).getByRole("list", { name: "Your answers so far" }).getByRole("listitem");
const addressOf = (slugs: string[]) => (slugs.length ? `${GUIDE}?diagnose=${slugs.join("/")}#diagnose-tree` : `${GUIDE}#diagnose-tree`);

test("walks the guide's tree in place to the cause, with the state in the address at every step", async ({ page }) => {
  const treeData: string[] = [];
  page.on("request", (r) => {
    if (r.url().includes("/tree-data/")) treeData.push(r.url());
  });
  await page.goto(GUIDE);
  await expect(title(page)).toContainText("aws sts get-caller-identity");
  // The first question is server-rendered: nothing of the tree's data loads until the reader answers.
  expect(treeData).toEqual([]);
  await page.evaluate(() => Object.assign(window, { fixpathMarker: "same document" }));

  const headings: string[] = [await title(page).innerText()];
  for (const [i, name] of ANSWERS.entries()) {
    await tree(page).getByRole("link", { name }).click();
    await expect(page).toHaveURL(addressOf(PATH.slice(0, i + 1)));
    // Focus moves to the new step's heading.
    await expect(title(page)).toBeFocused();
    headings.push(await title(page).innerText());
  }
  expect(treeData).toHaveLength(1);
  expect(await page.evaluate(() => Reflect.get(window, "fixpathMarker"))).toBe("same document");

  // The outcome: the cause, its fix and verify copied from its section on this page, a ticket, a way back to the text.
  await expect(title(page)).toHaveText(CAUSE);
  await expect(tree(page).getByRole("heading", { name: "Fix", exact: true })).toBeVisible();
  await expect(tree(page).getByRole("heading", { name: /^Verify/ })).toBeVisible();
  await expect(tree(page).getByRole("button", { name: `Copy for ticket: ${CAUSE}` })).toBeVisible();
  await expect(answersSoFar(page)).toHaveCount(3);
  await tree(page).getByRole("link", { name: "Read this cause on this page" }).click();
  await expect(page).toHaveURL(/#session-token-mismatch$/);
  await page.goBack();

  // Back walks the states in reverse, each as it was.
  for (let i = PATH.length - 1; i >= 0; i--) {
    await expect(page).toHaveURL(addressOf(PATH.slice(0, i + 1)));
    await expect(title(page)).toHaveText(headings[i + 1] ?? "");
    await page.goBack();
  }
  await expect(page).toHaveURL(GUIDE);
  await expect(title(page)).toHaveText(headings[0] ?? "");
  // Forward again.
  await page.goForward();
  await expect(title(page)).toHaveText(headings[1] ?? "");
});

test("a reload or a pasted address opens the same state as the wizard page for the same answers", async ({ page }) => {
  for (let i = 1; i <= PATH.length; i++) {
    const slugs = PATH.slice(0, i);
    await page.goto(addressOf(slugs));
    await expect(answersSoFar(page)).toHaveCount(i);
    const inArticle = await title(page).innerText();
    await page.reload();
    await expect(title(page)).toHaveText(inArticle);
    await page.goto(`${TREE}/${slugs.join("/")}`);
    await expect(page.locator("#wizard-step")).toHaveText(inArticle);
  }
});

test("change and start over work in place", async ({ page }) => {
  await page.goto(addressOf(PATH));
  await expect(title(page)).toHaveText(CAUSE);
  await tree(page).getByRole("button", { name: "Change answer 2" }).click();
  await expect(page).toHaveURL(addressOf(PATH.slice(0, 1)));
  await expect(title(page)).toBeFocused();
  await tree(page).getByRole("button", { name: "Start over" }).click();
  await expect(page).toHaveURL(addressOf([]));
  await expect(title(page)).toContainText("aws sts get-caller-identity");
});

test("without JavaScript the first question's answers are links that walk the wizard to the same cause", async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(GUIDE);
  await tree(page).getByRole("link", { name: ANSWERS[0] }).click();
  await expect(page).toHaveURL(`${TREE}/${PATH[0]}`);
  for (const name of ANSWERS.slice(1)) await page.getByRole("link", { name }).click();
  await expect(page).toHaveURL(`${TREE}/${PATH.join("/")}`);
  await expect(page.locator("#wizard-step")).toHaveText(CAUSE);
  await context.close();
});

for (const theme of ["light", "dark"] as const) {
  test(`axe finds no violations on each step of the in-article tree, ${theme} theme`, async ({ page, context }) => {
    test.setTimeout(120_000); // four full axe runs on a long guide
    await storeTheme(context, theme);
    for (let i = 0; i <= PATH.length; i++) {
      await page.goto(addressOf(PATH.slice(0, i)));
      if (i > 0) await expect(answersSoFar(page)).toHaveCount(i);
      if (i === PATH.length) await expect(title(page)).toHaveText(CAUSE);
      await expectNoAxeViolations(page);
    }
  });
}
