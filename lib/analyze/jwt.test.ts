import { describe, expect, it } from "vitest";
import { epoch, signedJwt } from "./__fixtures__/artifacts";
import { NOW, citing, complaints, field, minutes } from "./__fixtures__/read";
import { HTTP, JWT } from "./guides";
import { analyzeJwt } from "./jwt";

const analyze = (text: string, extra: { expectedAudience?: string; expectedIssuer?: string } = {}) =>
  analyzeJwt(text, { now: NOW, ...extra });
const b64 = (value: string | Uint8Array) => Buffer.from(value).toString("base64url");
const handMade = (header: object, claims: object | string, signature = "sig") =>
  `${b64(JSON.stringify(header))}.${b64(typeof claims === "string" ? claims : JSON.stringify(claims))}.${signature}`;
const iat = epoch(NOW - minutes(5));

describe("JWT analyzer", () => {
  it("says nothing wrong about a fresh token, and reads its claims", async () => {
    const token = await signedJwt({ iss: "https://idp.example.com/", aud: "api://orders", sub: "user-1", iat, exp: iat + 3600 });
    const analysis = analyze(token);
    expect(complaints(analysis)).toEqual([]);
    expect(citing(analysis, JWT.notRefreshed.href)).toMatchObject({ severity: "ok", title: "Valid for another 55 min" });
    expect(field(analysis, "alg")).toBe("HS256");
    expect(field(analysis, "aud")).toBe("api://orders");
    expect(field(analysis, "Lifetime (exp − iat)")).toBe("3600 s");
  });

  it("finds an expired token and says which libraries' allowances still accept it", async () => {
    const recent = analyze(await signedJwt({ iat: epoch(NOW - minutes(61)), exp: epoch(NOW - 30_000) }));
    const finding = citing(recent, JWT.clockSkew.href);
    expect(finding).toMatchObject({ severity: "problem", title: "Expired 30 s ago" });
    expect(finding.detail).toContain("jsonwebtoken, jose, PyJWT, golang-jwt v5 and express-oauth2-jwt-bearer (5 s) reject it");
    expect(finding.detail).toContain("Spring Security (60 s) and Microsoft.IdentityModel (300 s) still accept it");
    const old = citing(analyze(await signedJwt({ iat: epoch(NOW - minutes(180)), exp: epoch(NOW - minutes(120)) })), JWT.notRefreshed.href);
    expect(old.title).toBe("Expired 2 h ago");
    expect(old.detail).toContain("No default allowance");
  });

  it("finds a token not valid yet (nbf) and one issued in the future (iat)", async () => {
    const early = analyze(await signedJwt({ iat: epoch(NOW + minutes(2)), nbf: epoch(NOW + minutes(2)), exp: epoch(NOW + minutes(62)) }));
    expect(citing(early, HTTP.clockSkew.href)).toMatchObject({ severity: "problem", title: "Not valid for another 2 min (nbf)" });
    expect(early.findings.find((f) => f.title.startsWith("Issued"))).toMatchObject({ severity: "warning" });
  });

  it("finds exp computed wrongly: in 1970, before iat, or a lifetime of seconds", async () => {
    expect(citing(analyze(await signedJwt({ iat, exp: 3600 })), JWT.expComputedWrong.href).title).toBe("exp lies in 1970");
    expect(citing(analyze(await signedJwt({ iat, exp: iat - 10 })), JWT.expComputedWrong.href).title).toBe("exp is not later than iat");
    const short = citing(analyze(await signedJwt({ iat: epoch(NOW), exp: epoch(NOW) + 4 })), JWT.lifetimeTooShort.href);
    expect(short).toMatchObject({ severity: "warning", title: "A lifetime of only 4 s" });
  });

  it("finds alg none, notes a shared-secret algorithm, and gives the JWKS check for a kid", async () => {
    expect(citing(analyze(handMade({ alg: "none" }, { exp: iat + 3600 }, "")), JWT.keyNotFound.href).severity).toBe("problem");
    expect(citing(analyze(await signedJwt({ exp: iat + 3600 })), JWT.keyNotFound.href)).toMatchObject({
      severity: "info",
      title: "HS256: signed with a shared secret",
    });
    const rsa = citing(
      analyze(await signedJwt({ iss: "https://idp.example.com/realms/main", exp: iat + 3600 }, { alg: "RS256", kid: "key-2026" })),
      JWT.keyNotFound.href,
    );
    expect(rsa.title).toBe('Signed with the key "key-2026"');
    expect(rsa.command).toContain('ISSUER="https://idp.example.com/realms/main"');
  });

  it("compares aud and iss with what the API expects", async () => {
    const token = await signedJwt({ iss: "https://idp.example.com/", aud: ["api://orders", "api://billing"], exp: iat + 3600 });
    expect(citing(analyze(token, { expectedAudience: "api://billing" }), JWT.wrongAudience.href).severity).toBe("ok");
    expect(citing(analyze(token, { expectedAudience: "api://payments" }), JWT.wrongAudience.href).severity).toBe("problem");
    const issuer = citing(analyze(token, { expectedIssuer: "https://idp.example.com" }), JWT.wrongIssuer.href);
    expect(issuer.detail).toContain("only by a trailing slash");
    expect(citing(analyze(token, { expectedIssuer: "https://idp.example.com/" }), JWT.wrongIssuer.href).severity).toBe("ok");
  });

  it("finds a malformed Authorization header around the token", async () => {
    const token = await signedJwt({ exp: iat + 3600 });
    expect(citing(analyze(`Authorization: Bearer Bearer ${token}`), JWT.notAJwt.href).title).toBe("Bearer appears twice before the token");
    expect(citing(analyze(`Authorization: Bearer "${token}"`), JWT.notAJwt.href).title).toBe("The token is in quotes after Bearer");
  });

  it("gives a clear reason for what it cannot read", () => {
    expect(analyze("eyJhbGciOiJSU0EtT0FFUCJ9.a.b.c.d").unreadable).toMatch(/encrypted token \(JWE\)/);
    expect(analyze(`eyJ!!!.${b64("{}")}.x`).unreadable).toMatch(/No token/);
    expect(analyze(`${b64('{"alg":"HS256"}')}.${b64(new Uint8Array([0xff, 0xfe, 0xfd]))}.x`).unreadable).toBe(
      "The payload decodes to bytes that are not valid UTF-8.",
    );
    expect(analyze(handMade({ alg: "HS256" }, "not json")).unreadable).toMatch(/^The payload is not a JSON object/);
    expect(analyze(handMade({ alg: "HS256" }, "[".repeat(100_000))).unreadable).toMatch(/nested more than 64 levels/);
    expect(analyze(`eyJhbGciOiJIUzI1NiJ9.eyJ#.x`).unreadable).toMatch(/No token/);
  });

  it("reads a header that is not base64url as such", () => {
    expect(analyze(`eyJhbGc_iOi.${b64("{}")}.x`).unreadable).toMatch(/header|base64url|UTF-8|JSON/);
    expect(analyze(`eyJhbGciOiJIUzI1NiJ9x.${b64("{}")}.x`).unreadable).toMatch(/not valid base64url|not a JSON object|UTF-8/);
  });
});
