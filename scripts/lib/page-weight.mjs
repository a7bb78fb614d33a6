/**
 * Bytes on the wire for one cold page load, by resource type, read from the browser's own network
 * events (Chromium's encodedDataLength: compressed body plus headers, as transferred).
 */
export async function measurePageWeight(browser, url) {
  const context = await browser.newContext({ viewport: { width: 412, height: 915 } });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send("Network.enable");
  await cdp.send("Network.setCacheDisabled", { cacheDisabled: true });
  const types = new Map();
  const totals = { html: 0, js: 0, css: 0, other: 0, requests: 0 };
  cdp.on("Network.responseReceived", (e) => types.set(e.requestId, e.type));
  cdp.on("Network.loadingFinished", (e) => {
    const type = types.get(e.requestId);
    const key = type === "Document" ? "html" : type === "Script" ? "js" : type === "Stylesheet" ? "css" : "other";
    totals[key] += e.encodedDataLength;
    totals.requests += 1;
  });
  const response = await page.goto(url, { waitUntil: "networkidle" });
  await page.waitForTimeout(300);
  await context.close();
  return { ...totals, total: totals.html + totals.js + totals.css + totals.other, status: response?.status() };
}

export const kib = (bytes) => (bytes / 1024).toFixed(1);
