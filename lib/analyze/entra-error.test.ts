import { describe, expect, it } from "vitest";
import { field } from "./__fixtures__/read";
import { analyzeEntraError } from "./entra-error";

const BODY = JSON.stringify({
  error: "invalid_grant",
  error_description:
    "AADSTS700082: The refresh token has expired due to inactivity.\r\nTrace ID: 0b9f4c4e-1111-2222-3333-444455556666\r\nCorrelation ID: 7d1c2b3a-aaaa-bbbb-cccc-ddddeeeeffff\r\nTimestamp: 2026-11-26 09:00:00Z",
  error_codes: [700082],
  timestamp: "2026-11-26 09:00:00Z",
  trace_id: "0b9f4c4e-1111-2222-3333-444455556666",
  correlation_id: "7d1c2b3a-aaaa-bbbb-cccc-ddddeeeeffff",
});

describe("Entra ID error reader", () => {
  it("reads the code, the description, the trace and correlation IDs", () => {
    const analysis = analyzeEntraError(BODY, { now: 0 });
    expect(field(analysis, "Code")).toBe("AADSTS700082");
    expect(field(analysis, "Description")).toBe("The refresh token has expired due to inactivity.");
    expect(field(analysis, "Trace ID")).toBe("0b9f4c4e-1111-2222-3333-444455556666");
    expect(field(analysis, "Correlation ID")).toBe("7d1c2b3a-aaaa-bbbb-cccc-ddddeeeeffff");
    // No guide covers Entra ID: the only link is Microsoft's own page for the code.
    expect(analysis.findings.map((f) => [f.severity, f.links.map((l) => l.href)])).toEqual([
      ["info", ["https://login.microsoftonline.com/error?code=700082"]],
    ]);
    expect(analysis.notes).toEqual(["No published Fixpath guide covers AADSTS700082 yet."]);
  });

  it("routes the code, else the OAuth error, to a published guide", () => {
    const codes = { invalid_grant: { href: "/errors/oauth/invalid-grant#causes", label: "invalid_grant" } };
    const routed = analyzeEntraError(BODY, { now: 0, codes });
    expect(routed.findings.map((f) => f.links[0]?.href)).toEqual(["/errors/oauth/invalid-grant#causes"]);
  });

  it("reads the description as a sign-in page prints it", () => {
    const analysis = analyzeEntraError(
      "Sorry, but we're having trouble signing you in.\nAADSTS50011: The redirect URI specified in the request does not match.\nTrace ID: abc-123\nCorrelation ID: def-456",
      { now: 0 },
    );
    expect(field(analysis, "Code")).toBe("AADSTS50011");
    expect(field(analysis, "Trace ID")).toBe("abc-123");
  });
});
