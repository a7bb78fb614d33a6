/**
 * Screenshots of pages as a person sees them: light and dark, 360 px and 1280 px wide.
 * Usage: node scripts/screenshot.mjs <base-url> <out-dir> <path> [<path> …]
 */
import { mkdirSync } from "node:fs";
import { chromium } from "@playwright/test";
import { CHROMIUM_ARGS, systemChromium } from "./browser.mjs";

const [base, outDir, ...paths] = process.argv.slice(2);
if (!base || !outDir || paths.length === 0) {
  console.error("usage: node scripts/screenshot.mjs <base-url> <out-dir> <path> [<path> …]");
  process.exit(2);
}
mkdirSync(outDir, { recursive: true });
const browser = await chromium.launch({ executablePath: systemChromium(), args: CHROMIUM_ARGS });
for (const path of paths) {
  for (const scheme of ["light", "dark"]) {
    for (const width of [360, 1280]) {
      const page = await browser.newPage({ viewport: { width, height: 900 }, colorScheme: scheme });
      await page.goto(base + path, { waitUntil: "networkidle" });
      const name = `${path.replace(/[^a-z0-9]+/gi, "_").replace(/^_|_$/g, "") || "home"}-${scheme}-${width}.png`;
      await page.screenshot({ path: `${outDir}/${name}`, fullPage: process.env.FULL === "1" });
      console.log(`${outDir}/${name}`);
      await page.close();
    }
  }
}
await browser.close();
