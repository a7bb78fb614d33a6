/**
 * Finds a Chromium for the end-to-end tests, installing one when it can:
 * 1. the system's Chromium (CHROMIUM_PATH, /usr/bin/chromium, …);
 * 2. Playwright's own browser, already downloaded or downloadable (`npx playwright install chromium`);
 * 3. as root on Debian/Ubuntu: `apt-get update && apt-get install -y chromium`.
 * Prints what it used, or exactly what to run, and exits non-zero when there is no browser.
 */
import { execSync, spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { chromium } from "@playwright/test";
import { systemChromium } from "./browser.mjs";

function playwrightBrowser() {
  try {
    const path = chromium.executablePath();
    return existsSync(path) ? path : undefined;
  } catch {
    return undefined;
  }
}

function run(command, timeoutSeconds) {
  console.log(`ensure-browser: running: ${command}`);
  const result = spawnSync("bash", ["-c", command], { stdio: "inherit", timeout: timeoutSeconds * 1000 });
  return result.status === 0;
}

export function ensureBrowser() {
  const system = systemChromium();
  if (system) return { path: system, how: "system Chromium" };
  const own = playwrightBrowser();
  if (own) return { path: own, how: "Playwright's Chromium" };

  if (run("npx playwright install chromium", 300) && playwrightBrowser()) {
    return { path: playwrightBrowser(), how: "Playwright's Chromium (downloaded now)" };
  }
  const isRoot = typeof process.getuid === "function" && process.getuid() === 0;
  const hasApt = (() => {
    try {
      execSync("command -v apt-get", { stdio: "ignore" });
      return true;
    } catch {
      return false;
    }
  })();
  if (isRoot && hasApt && run("apt-get update && apt-get install -y chromium", 900)) {
    const installed = systemChromium();
    if (installed) return { path: installed, how: "system Chromium (installed now with apt-get)" };
  }
  return undefined;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const found = ensureBrowser();
  if (!found) {
    console.error(
      "ensure-browser: no Chromium found. Install one and run again:\n" +
        "  Debian/Ubuntu (as root): apt-get update && apt-get install -y chromium\n" +
        "  elsewhere:               npx playwright install chromium\n" +
        "  or point CHROMIUM_PATH at a Chromium or Chrome binary.",
    );
    process.exit(1);
  }
  console.log(`ensure-browser: using ${found.how} at ${found.path}`);
}
