import { describe, expect, it } from "vitest";
import { citing, complaints, field } from "./__fixtures__/read";
import { analyzeCors } from "./cors";
import { CORS } from "./guides";
import { analyzeHar } from "./har";

const preflight = (
  status: string,
  response: string[],
  request = [
    "Origin: http://localhost:3000",
    "Access-Control-Request-Method: PUT",
    "Access-Control-Request-Headers: authorization, content-type",
  ],
) => ["> OPTIONS /v1/orders HTTP/1.1", ...request.map((l) => `> ${l}`), `< HTTP/2 ${status}`, ...response.map((l) => `< ${l}`)].join("\n");

const GOOD = [
  "access-control-allow-origin: http://localhost:3000",
  "access-control-allow-methods: GET, POST, PUT",
  "access-control-allow-headers: authorization, content-type",
  "vary: Origin",
];

describe("CORS analyzer", () => {
  it("says nothing wrong about a correct preflight", () => {
    const analysis = analyzeCors(preflight("204", GOOD));
    expect(complaints(analysis)).toEqual([]);
    expect(citing(analysis, CORS.allowOriginMissing.href).severity).toBe("ok");
    expect(field(analysis, "Method")).toBe("OPTIONS");
  });

  it("finds a preflight answered with an error, or redirected", () => {
    expect(citing(analyzeCors(preflight("401", [])), CORS.preflightRejected.href).title).toBe("The preflight is answered with 401");
    const moved = citing(analyzeCors(preflight("301", ["location: https://api.example.com/v1/orders/"])), CORS.preflightRejected.href);
    expect(moved.detail).toContain("Redirect is not allowed for a preflight request");
  });

  it("finds a missing Access-Control-Allow-Origin on a 2xx, and on an error response", () => {
    expect(
      citing(analyzeCors("HTTP/1.1 200 OK\nContent-Type: application/json\nOrigin: http://localhost:3000"), CORS.allowOriginMissing.href)
        .severity,
    ).toBe("problem");
    expect(
      citing(
        analyzeCors("HTTP/1.1 500 Internal Server Error\norigin: http://localhost:3000\ncontent-type: text/html"),
        CORS.errorWithoutHeaders.href,
      ).title,
    ).toBe("No Access-Control-Allow-Origin");
    expect(citing(analyzeCors(preflight("204", ["access-control-allow-methods: PUT"])), CORS.preflightRejected.href).severity).toBe(
      "problem",
    );
  });

  it("finds several Access-Control-Allow-Origin values, as two lines or a list", () => {
    const twice = analyzeCors(
      "HTTP/1.1 200 OK\nAccess-Control-Allow-Origin: http://localhost:3000\nAccess-Control-Allow-Origin: http://localhost:3000",
    );
    expect(citing(twice, CORS.multipleOrigins.href).title).toBe("Access-Control-Allow-Origin has 2 values");
    expect(
      citing(analyzeCors("Access-Control-Allow-Origin: https://a.example, https://b.example"), CORS.multipleOrigins.href).severity,
    ).toBe("problem");
  });

  it("finds a wildcard with credentials", () => {
    const analysis = analyzeCors("HTTP/1.1 200 OK\nAccess-Control-Allow-Origin: *\nAccess-Control-Allow-Credentials: true");
    expect(citing(analysis, CORS.credentials.href).detail).toContain("must not be the wildcard '*'");
    expect(
      citing(analyzeCors("> Cookie: session=1\n< HTTP/1.1 200 OK\n< Access-Control-Allow-Origin: *"), CORS.credentials.href).severity,
    ).toBe("problem");
    expect(complaints(analyzeCors("HTTP/1.1 200 OK\nAccess-Control-Allow-Origin: *"))).toEqual([]);
  });

  it("finds an allowed origin that is not the page's, or not an origin at all", () => {
    const other = analyzeCors("> Origin: http://localhost:5173\n< HTTP/1.1 200 OK\n< Access-Control-Allow-Origin: http://localhost:3000");
    expect(citing(other, CORS.originMismatch.href).detail).toContain("not equal to the supplied origin");
    expect(citing(analyzeCors("Access-Control-Allow-Origin: https://app.example.com/"), CORS.originMismatch.href).title).toBe(
      "The allowed origin ends with a slash",
    );
  });

  it("finds Authorization or a method missing from the preflight's lists", () => {
    const noAuth = analyzeCors(preflight("204", [GOOD[0] ?? "", GOOD[1] ?? "", "access-control-allow-headers: content-type"]));
    expect(citing(noAuth, CORS.notAllowed.href).title).toBe("authorization is not in Access-Control-Allow-Headers");
    const star = analyzeCors(preflight("204", [GOOD[0] ?? "", GOOD[1] ?? "", "access-control-allow-headers: *"]));
    expect(citing(star, CORS.notAllowed.href).detail).toContain("does not cover Authorization");
    const method = analyzeCors(preflight("204", [GOOD[0] ?? "", "access-control-allow-methods: GET, POST", GOOD[2] ?? ""]));
    expect(citing(method, CORS.notAllowed.href).title).toBe("PUT is not in Access-Control-Allow-Methods");
  });

  it("notes Authorization missing when the request's headers were not pasted", () => {
    const analysis = analyzeCors(
      "HTTP/2 204\naccess-control-allow-origin: http://localhost:3000\naccess-control-allow-methods: PUT\naccess-control-allow-headers: content-type\n> OPTIONS / HTTP/1.1",
    );
    expect(analysis.findings.find((f) => f.title.includes("Authorization"))?.severity).toBe("info");
  });
});

describe("HAR reader", () => {
  const entry = (method: string, status: number, request: [string, string][], response: [string, string][]) => ({
    request: { method, url: "https://api.example.com/v1/orders?token=secret", headers: request.map(([name, value]) => ({ name, value })) },
    response: { status, headers: response.map(([name, value]) => ({ name, value })) },
  });

  it("reads the cross-origin entries of a HAR file, problems first, without query strings", () => {
    const har = {
      log: {
        entries: [
          entry("GET", 200, [["Origin", "http://localhost:3000"]], [["Access-Control-Allow-Origin", "http://localhost:3000"]]),
          entry(
            "OPTIONS",
            401,
            [
              ["Origin", "http://localhost:3000"],
              ["Access-Control-Request-Method", "PUT"],
            ],
            [],
          ),
          entry("GET", 200, [], []),
        ],
      },
    };
    const analyses = analyzeHar(har);
    expect(analyses.map((a) => a.label)).toEqual([
      "OPTIONS https://api.example.com/v1/orders → 401",
      "GET https://api.example.com/v1/orders → 200",
    ]);
    expect(citing(analyses[0]!, CORS.preflightRejected.href).severity).toBe("problem");
    expect(complaints(analyses[1]!)).toEqual([]);
  });

  it("reads a single entry, and says so when nothing is cross-origin", () => {
    expect(
      analyzeHar(entry("OPTIONS", 204, [["Origin", "http://a.example"]], [["Access-Control-Allow-Origin", "http://a.example"]])),
    ).toHaveLength(1);
    expect(analyzeHar({ log: { entries: [entry("GET", 200, [], [])] } })[0]?.unreadable).toMatch(
      /No entry in it is a cross-origin request/,
    );
  });
});
