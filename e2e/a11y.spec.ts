import { test } from "@playwright/test";
import { expectNoAxeViolations, GUIDE, storeTheme } from "./helpers";

const PAGES = { home: "/", guide: GUIDE, "not found": "/errors/aws/no-such-error" };

for (const theme of ["light", "dark"] as const) {
  for (const [name, path] of Object.entries(PAGES)) {
    test(`axe finds no violations on the ${name} page, ${theme} theme`, async ({ page, context }) => {
      await storeTheme(context, theme);
      await page.goto(path);
      await expectNoAxeViolations(page);
    });
  }
}
