import { describe, expect, it } from "vitest";
import type { LookupGuide } from "./data";
import { createLookup } from "./lookup";

/** Small hand-made guides: the mechanisms are tested here; the real library is tested on real pastes (corpus.test.ts). */
const guide = (g: Partial<LookupGuide> & Pick<LookupGuide, "url">): LookupGuide => ({
  title: g.url,
  summary: "",
  tier: 1,
  words: [],
  names: [],
  fragments: [],
  patterns: [],
  aliases: [],
  headings: [],
  causes: {},
  ...g,
});

const guides: LookupGuide[] = [
  guide({
    url: "/errors/aws/invalidclienttokenid",
    code: "InvalidClientTokenId",
    provider: "aws",
    words: ["InvalidClientTokenId"],
    names: ["InvalidClientTokenId", "invalidclienttokenid"],
    fragments: [{ value: "The security token included in the request is invalid" }],
  }),
  guide({
    url: "/errors/aws/unrecognizedclientexception",
    code: "UnrecognizedClientException",
    provider: "aws",
    words: ["UnrecognizedClientException"],
    names: ["UnrecognizedClientException"],
    fragments: [{ value: "The security token included in the request is invalid" }],
  }),
  guide({
    url: "/errors/aws/expiredtoken",
    code: "ExpiredToken",
    provider: "aws",
    words: ["ExpiredToken"],
    names: ["ExpiredToken"],
    fragments: [
      { value: "The SSO session associated with this profile has expired", cause: "sso-expired" },
      { value: "security token included in the request is expired", cause: "token-expired" },
    ],
    causes: { "sso-expired": "The SSO session ended", "token-expired": "The temporary credentials expired" },
  }),
  guide({
    url: "/errors/grpc/permission-denied",
    code: "PERMISSION_DENIED",
    provider: "grpc",
    tier: 2,
    grpc: 7,
    names: ["PERMISSION_DENIED", "permission-denied"],
  }),
  guide({
    url: "/errors/grpc/invalid-argument",
    code: "INVALID_ARGUMENT",
    provider: "grpc",
    tier: 2,
    grpc: 3,
    names: ["INVALID_ARGUMENT"],
    patterns: [{ value: '"status": "INVALID_ARGUMENT"' }],
  }),
  ...[400, 401, 403, 422].map((status) =>
    guide({ url: `/errors/http/${status}`, code: String(status), provider: "http", tier: 3, status, names: [String(status)] }),
  ),
  guide({ url: "/playbooks/cors", title: "CORS failures", names: ["cors"], fragments: [{ value: "has been blocked by CORS policy" }] }),
];
const lookup = createLookup({ guides });
const first = (text: string) => lookup(text).matches[0]?.url;

describe("the lookup recognises every form of an error", () => {
  it("a bare status, code or name as the whole query", () => {
    expect(first("403")).toBe("/errors/http/403");
    expect(first(" 401 ")).toBe("/errors/http/401");
    expect(first("Error 403")).toBe("/errors/http/403");
    expect(first("HTTP 403")).toBe("/errors/http/403");
    expect(lookup("HTTP 403").matches.map((m) => m.url)).toEqual(["/errors/http/403"]);
    expect(first("CORS")).toBe("/playbooks/cors");
    expect(first("cors")).toBe("/playbooks/cors");
  });

  it("HTTP statuses in each runtime's own format", () => {
    for (const [text, url] of [
      ["urllib.error.HTTPError: HTTP Error 403: Forbidden", "/errors/http/403"],
      ["Fehler beim Laden: HTTP Error 400: Bad Request (bitte erneut versuchen)", "/errors/http/400"],
      ["AxiosError: Request failed with status code 401", "/errors/http/401"],
      ["requests.exceptions.HTTPError: 401 Client Error: Unauthorized for url: https://api.example.com/v1/me", "/errors/http/401"],
      ["java.io.IOException: Server returned HTTP response code: 403 for URL: https://example.com/x", "/errors/http/403"],
      ["org.springframework.web.client.HttpClientErrorException$Forbidden: 403 Forbidden", "/errors/http/403"],
      ["System.Net.Http.HttpRequestException: Response status code does not indicate success: 401 (Unauthorized).", "/errors/http/401"],
      ["unexpected response: 422 Unprocessable Entity", "/errors/http/422"],
      ["HTTP/1.1 400 Bad Request", "/errors/http/400"],
    ] as const) {
      expect(first(text), text).toBe(url);
    }
  });

  it("gRPC statuses given as numbers, and in .NET's Status(StatusCode=…) form", () => {
    expect(first('{"grpc_status":7,"grpc_message":"caller lacks permission"}')).toBe("/errors/grpc/permission-denied");
    expect(first("GRPC::PermissionDenied: 7:Permission denied")).toBe("/errors/grpc/permission-denied");
    expect(first("Error: 3 INVALID_ARGUMENT: bad field")).toBe("/errors/grpc/invalid-argument");
    expect(first("retrying in 7: seconds")).toBeUndefined();
    expect(first('Grpc.Core.RpcException: Status(StatusCode="PermissionDenied", Detail="denied")')).toBe("/errors/grpc/permission-denied");
    expect(first('Status(StatusCode="Internal", Detail="Error starting gRPC call")')).toBeUndefined();
  });

  it("a message wrapped over several lines by a terminal", () => {
    expect(first("Error: has been blocked\n   by CORS\r\n policy: No 'Access-Control-Allow-Origin'")).toBe("/playbooks/cors");
    expect(first("has been blocked by\n\nsomething else CORS policy")).toBeUndefined();
  });

  it("a code glued to its message, and error JSON escaped inside other JSON", () => {
    expect(first("InvalidClientTokenIdThe security token included in the request is invalid.")).toBe("/errors/aws/invalidclienttokenid");
    expect(first('{"message": "{\\n  \\"error\\": {\\n    \\"code\\": 400,\\n    \\"status\\": \\"INVALID_ARGUMENT\\"\\n  }\\n}"}')).toBe(
      "/errors/grpc/invalid-argument",
    );
    // A longer identifier is not the shorter code.
    expect(first("ExpiredTokenizerState failed")).toBeUndefined();
  });

  it("specific codes and messages rank above gRPC statuses, which rank above bare HTTP statuses", () => {
    expect(
      lookup(
        "An error occurred (InvalidClientTokenId): The security token included in the request is invalid. status code: 403",
      ).matches.map((m) => m.url),
    ).toEqual(["/errors/aws/invalidclienttokenid", "/errors/aws/unrecognizedclientexception", "/errors/http/403"]);
  });

  it("look-alikes stay unrouted: a rate limit or quota with a 403 or 400 is not an authorization error", () => {
    expect(first("HTTP 403: API rate limit exceeded for 203.0.113.7")).toBeUndefined();
    expect(first("403 Forbidden: Quota exceeded for quota metric 'Queries'")).toBeUndefined();
    expect(first("status code: 400, Rate exceeded")).toBeUndefined();
    expect(first("HTTP 403 Forbidden")).toBe("/errors/http/403");
  });

  it("look-alikes stay unrouted: a bare status yields to an error code no guide covers", () => {
    expect(
      lookup(
        "An error occurred (Throttling) when calling the DescribeInstances operation (reached max retries: 4): Rate exceeded, status code: 400",
      ).matches,
    ).toEqual([]);
    expect(lookup("ThrottlingException: Rate exceeded\n\tstatus code: 400, request id: 1234").matches).toEqual([]);
    expect(
      lookup(
        "botocore.errorfactory.ResourceNotFoundException: An error occurred (ResourceNotFoundException): Function not found, Status Code: 404",
      ).matches,
    ).toEqual([]);
    expect(lookup("rpc error: code = ResourceExhausted desc = RESOURCE_EXHAUSTED: quota exceeded, status: 429").matches).toEqual([]);
  });

  it("lands on the cause a message names, and only when one cause is named", () => {
    const sso = lookup(
      "Error when retrieving token from sso: The SSO session associated with this profile has expired or is otherwise invalid.",
    ).matches[0];
    expect(sso?.cause).toEqual({ id: "sso-expired", title: "The SSO session ended", url: "/errors/aws/expiredtoken#sso-expired" });
    expect(lookup("ExpiredToken").matches[0]?.cause).toBeUndefined();
  });

  it("says what it recognised in a paste it cannot identify", () => {
    const result = lookup(
      "An error occurred (Throttling) when calling the DescribeInstances operation: Rate exceeded (botocore), status code: 400",
    );
    expect(result.matches).toEqual([]);
    expect(result.recognised).toEqual({ provider: "aws", status: 400, code: "Throttling" });
  });
});
