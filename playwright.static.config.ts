import { defineConfig } from "@playwright/test";
import base from "./playwright.config";

/** The same browsers, against the static export in out/ (npm run build:static) served by `serve`. */
const port = Number(process.env.E2E_STATIC_PORT ?? 3110);
const baseURL = `http://127.0.0.1:${port}`;

export default defineConfig({
  ...base,
  testDir: "./e2e-static",
  use: { ...base.use, baseURL },
  projects: base.projects?.filter((p) => p.name === "desktop"),
  webServer: {
    command: `npx serve out -l tcp://127.0.0.1:${port} --no-clipboard`,
    url: baseURL,
    reuseExistingServer: false,
    timeout: 60_000,
  },
});
