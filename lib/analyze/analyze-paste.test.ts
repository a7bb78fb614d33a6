import { describe, expect, it } from "vitest";
import { TEST_KEYS, presignedUrl, signedJwt, signedRequestHeaders } from "./__fixtures__/artifacts";
import { NOW, complaints, minutes } from "./__fixtures__/read";
import { MAX_PASTE_CHARS, analyzePaste, recogniseArtifacts } from "./index";

const context = { now: NOW };
const MB2 = 2 * 1024 * 1024;
/** Runs `analyze` and returns what it said and how long it took, in ms. */
function timed<T>(analyze: () => T): [T, number] {
  const start = performance.now();
  const result = analyze();
  return [result, performance.now() - start];
}

describe("recognising what was pasted", () => {
  it("tells each kind of artifact apart", async () => {
    expect(recogniseArtifacts(await presignedUrl())).toEqual(["presigned-url"]);
    expect(recogniseArtifacts(await signedRequestHeaders())).toEqual(["sigv4-header"]);
    expect(recogniseArtifacts(`Authorization: Bearer ${await signedJwt({ exp: 1 })}`)).toEqual(["jwt"]);
    expect(recogniseArtifacts("ASIAIOSFODNN7EXAMPLE")).toEqual(["access-key-id"]);
    expect(recogniseArtifacts("HTTP/2 204\naccess-control-allow-origin: *")).toEqual(["http-headers"]);
    expect(recogniseArtifacts('{"log": {"entries": []}}')).toEqual(["har"]);
    expect(recogniseArtifacts('{"error": {"code": 403, "status": "PERMISSION_DENIED", "message": "x"}}')).toEqual(["google-error"]);
    expect(recogniseArtifacts('{"error":"invalid_grant","error_description":"AADSTS700082: expired"}')).toEqual(["entra-error"]);
    expect(recogniseArtifacts("<Error><Code>AccessDenied</Code></Error>")).toEqual(["aws-error"]);
    expect(recogniseArtifacts("An error occurred (AuthFailure) when calling the DescribeInstances operation")).toEqual(["aws-error"]);
    expect(recogniseArtifacts("TypeError: Failed to fetch")).toEqual([]);
  });

  it("reads several artifacts in one paste, each on its own", async () => {
    const token = await signedJwt({ exp: Math.floor(NOW / 1000) - 60 });
    const { analyses } = analyzePaste(
      `> GET / HTTP/1.1\n> Origin: http://localhost:3000\n> Authorization: Bearer ${token}\n< HTTP/1.1 401\n< content-type: text/plain`,
      context,
    );
    expect(analyses.map((a) => a.kind)).toEqual(["jwt", "http-headers"]);
  });
});

describe("hostile pastes: a clear message, never a hang or a crash", () => {
  it("says nothing for an empty paste, and what it reads for an unrelated one", () => {
    expect(analyzePaste("   ", context)).toEqual({ analyses: [] });
    expect(analyzePaste("hello world", context).message).toMatch(/^Nothing in this paste is an artifact/);
  });

  it("refuses a paste over the limit with its size", () => {
    expect(analyzePaste("a".repeat(MAX_PASTE_CHARS + 1), context).message).toMatch(/^This paste is 5\.0 MB; the analyzers read up to 5 MB/);
  });

  it("reads 2 MB pastes of every shape quickly", async () => {
    const url = await presignedUrl({ signedAt: new Date(NOW - minutes(120)) });
    const token = await signedJwt({ exp: 1 });
    const pastes: [string, string][] = [
      ["random words", "lorem ipsum dolor ".repeat(MB2 / 18)],
      ["eyJ without end", "eyJ".repeat(MB2 / 3)],
      ["a presigned URL at the end of a log", `${"GET /index.html 200\n".repeat(MB2 / 20)}${url}`],
      ["a 2 MB token", `${token.split(".")[0]}.${"A".repeat(MB2)}.sig`],
      ["a 2 MB query value", `${url}&x=${"%".repeat(MB2)}`],
      ["header lines", "access-control-allow-origin: *\n".repeat(MB2 / 31)],
      ["nested JSON", "[".repeat(MB2)],
      ["a Google error with a huge message", JSON.stringify({ error: { status: "PERMISSION_DENIED", message: "x".repeat(MB2) } })],
      ["an XML error with huge tags", `<Error><Code>AccessDenied</Code><Message>${"y".repeat(MB2)}</Message></Error>`],
      ["a status: line repeated", "status: ".repeat(MB2 / 8)],
      ["an access key among noise", `${"AKIA".repeat(MB2 / 4)}`],
    ];
    for (const [name, text] of pastes) {
      const [result, ms] = timed(() => analyzePaste(text, context));
      expect(result.analyses.length + (result.message ? 1 : 0), name).toBeGreaterThan(0);
      expect(ms, name).toBeLessThan(1000);
      if (process.env.ANALYZE_TIMINGS) console.log(`${name}: ${ms.toFixed(1)} ms`);
    }
  });

  it("gives deeply nested JSON a clear message", () => {
    expect(analyzePaste(`${"[".repeat(100_000)}${"]".repeat(100_000)}`, context).message).toMatch(/nested more than 64 levels deep/);
    const [google] = analyzePaste(`{"error": {"status": "PERMISSION_DENIED", "details": ${"[".repeat(10_000)}}}`, context).analyses;
    expect(google?.kind).toBe("google-error");
  });

  it("reads invalid base64 and invalid UTF-8 in a token as such", () => {
    const [invalid] = analyzePaste("eyJhbGciOiJIUzI1NiJ9.eyJzd.sig", context).analyses;
    expect(invalid?.unreadable).toBe("The payload is not valid base64url (A–Z, a–z, 0–9, - and _ only).");
    const utf8 = `eyJhbGciOiJIUzI1NiJ9.${Buffer.from([0xc3, 0x28]).toString("base64url")}.sig`;
    expect(analyzePaste(utf8, context).analyses[0]?.unreadable).toMatch(/not valid UTF-8/);
  });

  it("keeps temporary-key URLs readable end to end", async () => {
    const { analyses } = analyzePaste(await presignedUrl({ credentials: TEST_KEYS.temporary, signedAt: new Date(NOW) }), context);
    expect(complaints(analyses[0]!)).toEqual([]);
  });
});
