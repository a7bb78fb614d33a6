/**
 * Which Chromium the tests use: CHROMIUM_PATH if set, else the system's /usr/bin/chromium (Debian),
 * else undefined, which lets Playwright use its own downloaded browser.
 */
import { existsSync } from "node:fs";

const SYSTEM_CHROMIUM = ["/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome"];

export function systemChromium() {
  if (process.env.CHROMIUM_PATH) return process.env.CHROMIUM_PATH;
  return SYSTEM_CHROMIUM.find((path) => existsSync(path));
}

/** Flags for a headless run as root on a machine with a closed network. */
export const CHROMIUM_ARGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-dev-shm-usage",
  "--disable-background-networking",
  "--disable-component-update",
  "--no-first-run",
];
