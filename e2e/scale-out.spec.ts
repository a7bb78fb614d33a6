import { readFileSync } from "node:fs";
import { expect, test } from "@playwright/test";
import { startServer } from "../scripts/lib/server.mjs";

/**
 * The server keeps no state between requests: a second `next start` of the same build, on another
 * port, answers every public URL exactly as the first one does (so any load balancer or CDN can spread
 * requests over instances).
 */
const SECOND_PORT = Number(process.env.E2E_PORT ?? 3100) + 1;
let second: Awaited<ReturnType<typeof startServer>> | undefined;

/**
 * The document without its <script> and <link> tags: pages rendered per request stream their script
 * chunks in an order that depends on timing (even twice on one instance); what they say must not differ.
 */
const content = (html: string) => html.replace(/<script[^>]*>[\s\S]*?<\/script>/g, "").replace(/<link[^>]*>/g, "");

test.beforeAll(async () => {
  second = await startServer(SECOND_PORT);
});

test.afterAll(() => {
  second?.stop();
});

test("two server instances give identical responses for every public URL", async ({ baseURL }) => {
  test.setTimeout(300_000);
  const registry: { pages: string[]; wizard: Record<string, string[]> } = JSON.parse(readFileSync("content/registry.json", "utf8"));
  const urls = [
    ...registry.pages,
    ...Object.entries(registry.wizard).flatMap(([tree, paths]) => paths.map((p) => `/diagnose/${tree}${p ? `/${p}` : ""}`)),
    "/api/lookup?q=AuthFailure",
    "/e/authfailure",
    "/search?q=client%20token",
  ];
  let compared = 0;
  for (const url of urls) {
    const [a, b] = await Promise.all([fetch(`${baseURL}${url}`, { redirect: "manual" }), fetch(`${second?.base}${url}`, { redirect: "manual" })]);
    expect(b.status, url).toBe(a.status);
    expect(b.headers.get("content-type"), url).toBe(a.headers.get("content-type"));
    expect(b.headers.get("location"), url).toBe(a.headers.get("location"));
    expect(content(await b.text()), url).toBe(content(await a.text()));
    compared++;
  }
  console.log(`compared ${compared} URLs on two instances: identical`);
  expect(compared).toBeGreaterThan(1000);
});
