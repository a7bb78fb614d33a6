/**
 * Times the lookup box in Chromium against the production server: from navigation to the first result
 * on a cold load, and from a keystroke to its result once the page is idle.
 */
import { existsSync } from "node:fs";
import { spawnSync } from "node:child_process";
import { chromium } from "@playwright/test";
import { CHROMIUM_ARGS, systemChromium } from "../browser.mjs";
import { startServer } from "./server.mjs";
import { median, percentile } from "./stats.mjs";

export async function measureBrowserLookup(texts, { runs = 5 } = {}) {
  if (!existsSync(".next/BUILD_ID")) {
    const build = spawnSync("npx", ["next", "build"], { stdio: "inherit" });
    if (build.status !== 0) throw new Error("next build failed");
  }
  const server = await startServer(Number(process.env.BENCH_PORT ?? 3201));
  const browser = await chromium.launch({ executablePath: systemChromium(), args: CHROMIUM_ARGS });
  try {
    // Cold loads: a fresh context each time, typing as soon as the box accepts input.
    const firstResult = [];
    for (let run = 0; run < runs; run++) {
      const context = await browser.newContext();
      const page = await context.newPage();
      const started = Date.now();
      await page.goto(server.base + "/", { waitUntil: "commit" });
      const box = page.getByRole("combobox", { name: "Paste an error or a code" });
      const option = page.getByRole("option").first();
      let lastError = "";
      for (;;) {
        await box.fill("AuthFailure", { timeout: 1000 }).catch((e) => (lastError = String(e).split("\n")[0]));
        if (await option.isVisible().catch(() => false)) break;
        if (Date.now() - started > 10_000) throw new Error(`no result within 10 s of navigation (${lastError})`);
        await page.waitForTimeout(25);
      }
      firstResult.push(Date.now() - started);
      await context.close();
    }
    // Idle page: measure in the page, from the keydown to the listbox showing the new result.
    const page = await browser.newPage();
    await page.goto(server.base + "/", { waitUntil: "networkidle" });
    const box = page.getByRole("combobox", { name: "Paste an error or a code" });
    await box.fill("warm up");
    await page.waitForTimeout(300);
    const keystroke = [];
    for (const raw of texts.slice(0, 40)) {
      // A one-line box drops line breaks: type the paste as one line, ending on a visible character.
      const text = raw.replace(/\s+/g, " ").trim().slice(0, 2000);
      await box.fill(text.slice(0, -1));
      await page.waitForTimeout(50);
      const last = text.slice(-1) || "x";
      const elapsed = await page.evaluate(
        (key) =>
          new Promise((resolve) => {
            const input = document.querySelector('[role="combobox"]');
            const list = document.getElementById(input.getAttribute("aria-controls"));
            const start = performance.now();
            const done = () => resolve(performance.now() - start);
            const observer = new MutationObserver(() => {
              observer.disconnect();
              done();
            });
            observer.observe(list, { childList: true, subtree: true, attributes: true, characterData: true });
            const setter = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, "value").set;
            setter.call(input, input.value + key);
            input.dispatchEvent(new Event("input", { bubbles: true }));
            setTimeout(() => {
              observer.disconnect();
              done();
            }, 1000);
          }),
        last,
      );
      keystroke.push(elapsed);
    }
    return {
      runs,
      firstResult: { median: median(firstResult), all: firstResult },
      keystroke: { p50: percentile(keystroke, 50), p95: percentile(keystroke, 95), samples: keystroke.length },
    };
  } finally {
    await browser.close();
    server.stop();
  }
}
