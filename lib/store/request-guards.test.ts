import { describe, expect, it } from "vitest";
import { clientAddress } from "./client-address";
import { readCappedBody } from "./read-body";
import { isSameOrigin } from "./same-origin";

const headers = (h: Record<string, string>) => new Headers(h);

describe("isSameOrigin", () => {
  it("trusts Sec-Fetch-Site when the browser sends it", () => {
    expect(isSameOrigin(headers({ "sec-fetch-site": "same-origin" }))).toBe(true);
    expect(isSameOrigin(headers({ "sec-fetch-site": "cross-site", origin: "http://127.0.0.1:3000", host: "127.0.0.1:3000" }))).toBe(false);
    expect(isSameOrigin(headers({ "sec-fetch-site": "same-site" }))).toBe(false);
    expect(isSameOrigin(headers({ "sec-fetch-site": "none" }))).toBe(false);
  });

  it("otherwise needs an Origin naming this host", () => {
    expect(isSameOrigin(headers({ origin: "http://127.0.0.1:3000", host: "127.0.0.1:3000" }))).toBe(true);
    expect(isSameOrigin(headers({ origin: "https://fixpath.dev", host: "internal:3000", "x-forwarded-host": "fixpath.dev" }))).toBe(true);
    expect(isSameOrigin(headers({ origin: "https://evil.example", host: "127.0.0.1:3000" }))).toBe(false);
    expect(isSameOrigin(headers({ origin: "null", host: "127.0.0.1:3000" }))).toBe(false);
    expect(isSameOrigin(headers({ host: "127.0.0.1:3000" }))).toBe(false);
  });
});

describe("clientAddress", () => {
  it("takes the last X-Forwarded-For entry: the one the nearest proxy (or next start) saw", () => {
    expect(clientAddress(headers({ "x-forwarded-for": "10.0.0.1, 203.0.113.7" }))).toBe("203.0.113.7");
    expect(clientAddress(headers({ "x-forwarded-for": "::1" }))).toBe("::1");
    expect(clientAddress(headers({}))).toBe("unknown");
  });
});

describe("readCappedBody", () => {
  const post = (body: BodyInit, extra: Record<string, string> = {}) =>
    new Request("http://x/", { method: "POST", body, headers: extra, duplex: "half" } as RequestInit);

  it("reads a body up to the limit, byte for byte", async () => {
    const read = await readCappedBody(post("a".repeat(8192)));
    expect(read.ok && read.bytes.byteLength).toBe(8192);
  });

  it("refuses a declared Content-Length over the limit without reading", async () => {
    expect(await readCappedBody(post("a", { "content-length": "8193" }))).toEqual({ ok: false });
  });

  it("refuses a streamed body as soon as it passes the limit", async () => {
    let pulled = 0;
    const stream = new ReadableStream<Uint8Array>({
      pull(controller) {
        pulled++;
        controller.enqueue(new Uint8Array(1024));
        if (pulled > 100) controller.close();
      },
    });
    expect(await readCappedBody(post(stream))).toEqual({ ok: false });
    expect(pulled).toBeLessThan(20);
  });
});
