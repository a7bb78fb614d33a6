import { expect, test, type Page } from "@playwright/test";
import { KINDS, pick, reseed, surroundings } from "../lib/lookup/secret-samples";
import { startServer } from "../scripts/lib/server.mjs";

/**
 * The masking property, in a real browser against a real server: secrets of every kind, generated at
 * random in random surroundings, are pasted into the lookup box and sent the ways a reader sends them
 * (Enter on an identified error, Enter on an unidentified one, an inbound ?q= link). No secret may appear
 * in any URL the browser requests, any request body, any response body, the page, its title, the ticket
 * copied to the clipboard, or the server's log; the words around the secrets survive in the box.
 */
const PORT = Number(process.env.E2E_PORT ?? 3100) + 2;
let server: Awaited<ReturnType<typeof startServer>> | undefined;

test.beforeAll(async () => {
  server = await startServer(PORT);
});
test.afterAll(() => {
  server?.stop();
});

const IDENTIFIED =
  "An error occurred (AuthFailure) when calling the DescribeInstances operation: AWS was not able to validate the provided access credentials";

type Sample = { secrets: string[]; text: string; words: string[] };
/** Three secrets of random kinds in random words; with the AuthFailure line when `identified`. */
function sample(identified: boolean): Sample {
  const secrets: string[] = [];
  const words: string[] = [];
  const parts: string[] = identified ? [IDENTIFIED] : [];
  for (let i = 0; i < 3; i++) {
    const { secret, paste } = (KINDS[pick(Object.keys(KINDS))] as () => { secret: string; paste: string })();
    const around = surroundings();
    secrets.push(secret);
    words.push(...around);
    parts.push(...around, paste);
  }
  return { secrets, text: parts.join(pick(["\n", " ", "\t"])), words };
}

/**
 * Everything that leaves or reaches the browser while `act` runs, as text; `inbound` is an address another
 * tool made (it carries the raw text by its nature): its own request is left out, not what comes back.
 */
async function observe(page: Page, act: () => Promise<void>, inbound?: string): Promise<string[]> {
  const seen: string[] = [];
  const pending: Promise<void>[] = [];
  const onRequest = (r: import("@playwright/test").Request) => {
    if (inbound && r.url() === new URL(inbound, server?.base).href) return;
    seen.push(`REQUEST ${r.url()}\n${r.postData() ?? ""}`);
  };
  page.on("request", onRequest);
  const onResponse = (r: import("@playwright/test").Response) => {
    pending.push(
      r.text().then(
        (body) => void seen.push(`RESPONSE ${r.url()}\n${body}`),
        () => undefined, // a redirect has no body
      ),
    );
    const location = r.headers().location;
    if (location) seen.push(`REDIRECT ${location}`);
  };
  page.on("response", onResponse);
  await act();
  await page.waitForLoadState("networkidle");
  await Promise.all(pending);
  page.off("request", onRequest);
  page.off("response", onResponse);
  seen.push(`PAGE ${page.url()}\n${await page.title()}\n${await page.content()}`);
  return seen;
}

const box = (page: Page) => page.getByRole("main").getByRole("textbox", { name: "Paste an error or a code" });

test("no generated secret leaves the box unmasked: URLs, bodies, page, title, clipboard, server log", async ({ browser }) => {
  test.setTimeout(180_000);
  reseed(20261204);
  const context = await browser.newContext({ baseURL: server?.base });
  await context.grantPermissions(["clipboard-read", "clipboard-write"], { origin: server?.base ?? "" });
  const page = await context.newPage();
  const everything: string[] = [];
  const allSecrets: string[] = [];
  for (let round = 0; round < 8; round++) {
    const identified = round % 2 === 0;
    const { secrets, text, words } = sample(identified);
    allSecrets.push(...secrets);
    await page.goto("/");
    everything.push(
      ...(await observe(page, async () => {
        await box(page).fill(text);
        await expect(page.getByRole("status").filter({ hasText: /Masked/ })).toBeVisible();
        // The field itself holds the masked text; the words around the secrets are still there.
        const value = await box(page).inputValue();
        for (const word of words) expect(value, `lost "${word}"`).toContain(word);
        await box(page).press("Enter");
        // Identified: the guide (the random words may name another one); otherwise the not-identified page.
        await expect(page).toHaveURL(identified ? /\/errors\/aws\/authfailure/ : /\/(search\?|errors\/)/);
      })),
    );
    const ticket = page.getByRole("button", { name: /^Copy for ticket/ }).first();
    if (await ticket.count()) {
      await ticket.click();
      everything.push(`CLIPBOARD\n${await page.evaluate(() => navigator.clipboard.readText())}`);
    }
    // An inbound link made by another tool carries the raw text: it is answered by a redirect without it.
    const inbound = `/search?q=${encodeURIComponent(text)}`;
    everything.push(...(await observe(page, async () => void (await page.goto(inbound)), inbound)));
    expect(page.url()).not.toContain("q=");
  }
  everything.push(`SERVER LOG\n${server?.log() ?? ""}`);
  await context.close();
  for (const secret of allSecrets) {
    const leak = everything.find((s) => s.includes(secret));
    expect(leak ? `${secret} in ${leak.slice(0, 200)}` : undefined).toBeUndefined();
  }
});
