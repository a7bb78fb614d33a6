import { readFileSync } from "node:fs";
import { expect, test } from "@playwright/test";
import { startServer } from "../scripts/lib/server.mjs";

/**
 * The server keeps no state between requests, so any load balancer can spread them over instances. A
 * second `next start` of the same build answers on another port; a sequence of requests spread over both
 * instances, interleaved, must get exactly the answers the same sequence gets from one instance.
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

/** A sample of every kind of address: static pages, guides, twins, wizard states, maps, lookups, short links. */
function sample(): string[] {
  const registry: { pages: string[]; wizard: Record<string, string[]> } = JSON.parse(readFileSync("content/registry.json", "utf8"));
  const states = Object.entries(registry.wizard).flatMap(([tree, paths]) => paths.map((p) => `/diagnose/${tree}${p ? `/${p}` : ""}`));
  const every = (list: string[], n: number) => list.filter((_, i) => i % Math.max(1, Math.floor(list.length / n)) === 0).slice(0, n);
  return [
    ...every(registry.pages, 40),
    ...every(states, 40),
    "/diagnose/aws-authfailure/map/invalid-client-token",
    "/api/lookup?q=AuthFailure",
    "/api/lookup?q=The%20security%20token%20included%20in%20the%20request%20is%20invalid",
    "/e/authfailure",
    "/e/AuthFailur",
    "/search?q=client%20token",
    "/diagnose?q=AuthFailure",
  ];
}

async function answer(base: string, url: string) {
  const r = await fetch(`${base}${url}`, { redirect: "manual" });
  return { status: r.status, type: r.headers.get("content-type"), location: r.headers.get("location"), body: content(await r.text()) };
}

test("requests spread over two instances, interleaved, get the answers one instance gives", async ({ baseURL }) => {
  test.setTimeout(180_000);
  const urls = sample();
  const bases = [baseURL ?? "", second?.base ?? ""];
  // The same sequence twice: once all on the first instance, once alternating, two at a time in flight.
  const single = [];
  for (const url of urls) single.push(await answer(bases[0] ?? "", url));
  const spread = [];
  for (let i = 0; i < urls.length; i += 2) {
    spread.push(...(await Promise.all(urls.slice(i, i + 2).map((url, j) => answer(bases[(i / 2 + j) % 2] ?? "", url)))));
  }
  for (const [i, url] of urls.entries()) expect(spread[i], url).toEqual(single[i]);
  console.log(`compared ${urls.length} addresses, one instance against two interleaved: identical`);
});
