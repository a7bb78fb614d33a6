import os from "node:os";
import path from "node:path";
import { defineConfig, devices } from "@playwright/test";
import { CHROMIUM_ARGS, systemChromium } from "./scripts/browser.mjs";
import { serverCommand } from "./scripts/lib/next-server.mjs";

const port = Number(process.env.E2E_PORT ?? 3100);
const baseURL = `http://127.0.0.1:${port}`;
const launchOptions = { executablePath: systemChromium(), args: CHROMIUM_ARGS };

// The server under test keeps its feedback store (PGlite) in a folder of its own, not the working tree's
// .data/, and opens /insights with a token known to the tests. Set here, before the server and the
// workers start, so both see the same values.
process.env.FIXPATH_DATA_DIR ??= path.join(os.tmpdir(), `fixpath-e2e-store-${port}`);
process.env.FIXPATH_ADMIN_TOKEN ??= "e2e-insights-token-for-tests-only";

/** End-to-end journeys against the production build (`next build` first), desktop and mobile. */
export default defineConfig({
  testDir: "./e2e",
  workers: 1,
  // Speed is measured by the benchmarks (npm run bench…), not here: on a busy two-core machine axe on the
  // longest playbook takes over 30 s, and a correct page must not fail for that.
  timeout: 90_000,
  expect: { timeout: 15_000 },
  fullyParallel: false,
  forbidOnly: Boolean(process.env.CI),
  retries: process.env.CI ? 1 : 0,
  reporter: process.env.PLAYWRIGHT_JSON ? [["list"], ["json", { outputFile: process.env.PLAYWRIGHT_JSON }]] : "list",
  use: { baseURL, trace: "retain-on-failure" },
  projects: [
    { name: "desktop", use: { ...devices["Desktop Chrome"], launchOptions } },
    // Checks that set their own viewport (the axe matrix) or do not depend on it: desktop only.
    {
      name: "mobile",
      use: { ...devices["Pixel 7"], launchOptions },
      // The phone project runs what has phone-specific layout or behaviour (first screen at 390 px, the map, the
      // theme, the catalogue in dark); the other specs check logic that would only repeat the desktop run.
      testIgnore: /(site|wizard-crawl|hostile|a11y|scale-out|no-leak|links|decision-tree|feedback|lookup|ticket|analyze|guide)\.spec\.ts/,
    },
  ],
  webServer: {
    command: serverCommand(port),
    url: baseURL,
    reuseExistingServer: !process.env.CI && !process.env.E2E_FRESH_SERVER,
    timeout: 60_000,
  },
});
