import { GRPC_CODES } from "./data";

/**
 * What a paste says about itself, whether or not a guide covers it: the HTTP status in any runtime's
 * format, a gRPC status given as a number, the platform, and error codes. Pure and small: it runs in the
 * browser too.
 */

/**
 * An HTTP status as runtimes print it. Each shape names the status with a word around it (a bare number
 * is anything: a line number, a size, a port), except a query that is only the status.
 */
const STATUS_SHAPES: RegExp[] = [
  /\bHTTP\/(?:1\.[01]|2(?:\.0)?|3)\s+([1-5]\d\d)\b/gi, // HTTP/1.1 403 Forbidden
  /\bHTTP(?:\s+Error)?[\s:]+([1-5]\d\d)\b/gi, // Python urllib: HTTP Error 403: Forbidden; "HTTP 403"
  /\bstatus(?:[\s_-]?code)?["']?\s*[:=]?\s*["']?([1-5]\d\d)\b/gi, // status code 401, Status Code: 403, "statusCode": 400, status: 422
  /\b([1-5]\d\d)\s+(?:Client|Server)\s+Error\b/gi, // requests: 401 Client Error: Unauthorized for url
  /\bresponse code:?\s*([1-5]\d\d)\b/gi, // Java: Server returned HTTP response code: 403
  /\bdoes not indicate success:\s*([1-5]\d\d)\b/gi, // .NET: Response status code does not indicate success: 401 (Unauthorized).
  /\b(?:error|code|returned|got|received)\s*[:=]?\s*([1-5]\d\d)\b/gi, // Error 403, code 401, returned 422
  /\b([1-5]\d\d)\s*[(:-]?\s*(?:Bad Request|Unauthori[sz]ed|Forbidden|Not Found|Unprocessable (?:Entity|Content)|Too Many Requests)\b/gi, // 403 Forbidden, 401 (Unauthorized)
  /\$(?:BadRequest|Unauthorized|Forbidden|UnprocessableEntity|UnprocessableContent):\s*([1-5]\d\d)\b/g, // Spring: HttpClientErrorException$Forbidden: 403
];

export type StatusHit = { status: number; index: number; length: number };

/** Every HTTP status the text states, in a recognisable runtime format, with where it stands. */
export function httpStatuses(text: string): StatusHit[] {
  const hits: StatusHit[] = [];
  const only = /^\s*([1-5]\d\d)\s*$/.exec(text);
  if (only) hits.push({ status: Number(only[1]), index: text.indexOf(only[1] ?? ""), length: 3 });
  for (const shape of STATUS_SHAPES) {
    for (const m of text.matchAll(shape)) hits.push({ status: Number(m[1]), index: m.index ?? 0, length: m[0].length });
  }
  return hits.sort((a, b) => a.index - b.index);
}

const GRPC_BY_NUMBER = new Map(Object.entries(GRPC_CODES).map(([name, n]) => [n, name]));
/** `PERMISSION_DENIED` → /permission[ _-]?denied/i: how runtimes spell a status name. */
const spelled = (name: string) => name.toLowerCase().split("_").join("[ _-]?");

/**
 * A gRPC status in a runtime's own format: `"grpc_status":7`, `grpc-status: 16`, `7:Permission denied`,
 * `16 UNAUTHENTICATED:`, .NET's `Status(StatusCode="PermissionDenied", …)`.
 */
export function grpcStatuses(text: string): StatusHit[] {
  const hits: StatusHit[] = [];
  for (const m of text.matchAll(/\bgrpc[-_ ]?status["']?\s*[:=]\s*["']?(\d{1,2})\b/gi))
    hits.push({ status: Number(m[1]), index: m.index ?? 0, length: m[0].length });
  for (const m of text.matchAll(/\b(\d{1,2})\s*[: ]\s*([A-Za-z_ ]{6,24})/g)) {
    const n = Number(m[1]);
    const name = GRPC_BY_NUMBER.get(n);
    if (name && n > 0 && new RegExp(`^${spelled(name)}\\b`, "i").test(m[2] ?? ""))
      hits.push({ status: n, index: m.index ?? 0, length: m[0].length });
  }
  // .NET (Grpc.Core's Status.ToString): Status(StatusCode="PermissionDenied", Detail="…").
  for (const m of text.matchAll(/\bStatus\(StatusCode="?([A-Za-z]+)"?/g)) {
    const n = GRPC_CODES[(m[1] ?? "").replace(/([a-z])([A-Z])/g, "$1_$2").toUpperCase()];
    if (n !== undefined && n > 0) hits.push({ status: n, index: m.index ?? 0, length: m[0].length });
  }
  return hits.sort((a, b) => a.index - b.index);
}

/**
 * Class names that wrap an error rather than name it (`ClientError: An error occurred (…)`): they say
 * nothing about which error it is.
 */
const WRAPPERS = new Set([
  "ClientError",
  "HTTPError",
  "HttpError",
  "AxiosError",
  "FetchError",
  "RequestError",
  "ResponseError",
  "ServiceError",
  "ServiceException",
  "AmazonServiceException",
  "AmazonClientException",
  "AmazonS3Exception",
  "AwsServiceException",
  "SdkClientException",
  "SdkServiceException",
  "S3Exception",
  "StatusRuntimeException",
  "StatusException",
  "RpcException",
  "RpcError",
  "WebException",
  "HttpRequestException",
  "HttpClientErrorException",
  "HttpServerErrorException",
  "ApiException",
  "ApiError",
  "ApiCallError",
  "GoogleJsonResponseException",
  "GoogleAPICallError",
  "RuntimeException",
  "IOException",
  "TypeError",
  "ErrorResponse",
  "ResponseException",
  "RestClientException",
  "WebApplicationException",
  "CredentialsProviderError",
  "NestedRuntimeException",
  "ExceptionInfo",
  "RequestId",
  "RequestID",
  "StatusCode",
  "ErrorCode",
  "JavaScript",
  "TypeScript",
  "GitHub",
  "GitLab",
  "PowerShell",
  "DescribeInstances",
]);

/**
 * Error-code-shaped words (CamelCase with two humps and more, or ALL_CAPS_WITH_UNDERSCORES) that none of
 * `known` is: a sign the paste is about an error Fixpath does not cover (`ThrottlingException`,
 * `NoSuchBucket`, `RESOURCE_EXHAUSTED`). Operation names in AWS messages are skipped.
 */
/**
 * Where SDKs and APIs put the error code: whatever stands there is an error code, whatever its shape
 * (`An error occurred (Throttling)`, `<Code>NoSuchKey</Code>`, `"__type": "…#ResourceNotFoundException"`).
 */
const CODE_SLOTS: RegExp[] = [
  /An error occurred \(([A-Za-z][\w.]*)\)/g,
  /<Code>([A-Za-z][\w.]*)<\/Code>/g,
  /"__type"\s*:\s*"(?:[\w.]+#)?([A-Za-z]\w*)"/g,
  /Error Code:\s*([A-Za-z]\w*)/g,
  /api error ([A-Za-z]\w*):/g,
  /code = ([A-Z][A-Za-z]+) desc =/g,
];

export function unknownCodes(text: string, known: ReadonlySet<string>): string[] {
  const operations = new Set([...text.matchAll(/when calling the (\w+) operation/g)].map((m) => m[1]));
  const found = new Set<string>();
  for (const slot of CODE_SLOTS) {
    for (const m of text.matchAll(slot)) {
      const code = m[1] ?? "";
      const grpc = code.replace(/([a-z])([A-Z])/g, "$1_$2").toUpperCase();
      if (!known.has(code) && !known.has(grpc) && !WRAPPERS.has(code)) found.add(code);
    }
  }
  for (const m of text.matchAll(/(?<![A-Za-z0-9_.$-])([A-Z][a-z0-9]+(?:[A-Z][a-z0-9]*)+)(?![A-Za-z0-9_])/g)) {
    const word = m[1] ?? "";
    if (
      !known.has(word) &&
      !WRAPPERS.has(word) &&
      !operations.has(word) &&
      /(?:Exception|Error|Fault|Exceeded|Throttl|NotFound|NoSuch|Limit|Conflict|InUse|Unavailable|Timeout|Failed|Invalid|Denied|Expired)/.test(
        word,
      )
    )
      found.add(word);
  }
  for (const m of text.matchAll(/\b([A-Z]{2,}(?:_[A-Z]{2,})+)\b/g)) {
    const word = m[1] ?? "";
    if (!known.has(word) && word in GRPC_CODES) found.add(word);
  }
  return [...found];
}

const PROVIDER_HINTS: [string, RegExp][] = [
  ["aws", /amazonaws\.com|\baws[- ]|botocore|boto3|\bAWS\b|arn:aws:|x-amz-/i],
  ["gcp", /googleapis\.com|google\.auth|gcloud|\bGCP\b|google cloud/i],
  ["azure", /AADSTS\d+|login\.microsoftonline\.com|\bazure\b|management\.azure\.com|windows\.net/i],
  ["kubernetes", /\bkubectl\b|kubernetes|\bk8s\b/i],
  ["github", /api\.github\.com|\bgithub\b/i],
  ["npm", /\bnpm (?:ERR|error)\b|registry\.npmjs\.org/i],
  ["grpc", /\brpc error\b|\bgrpc\b/i],
];

export type Recognised = { provider?: string; status?: number; code?: string };

/** What can be said of any paste: the platform, the HTTP status and the first error code, as far as they show. */
export function recognise(text: string, knownCodes: ReadonlySet<string>): Recognised {
  const provider = PROVIDER_HINTS.find(([, re]) => re.test(text))?.[0];
  const status = httpStatuses(text)[0]?.status;
  const aadsts = /\bAADSTS\d{4,}\b/.exec(text)?.[0];
  const code =
    aadsts ??
    unknownCodes(text, new Set())[0] ??
    [...knownCodes].find(
      (c) => c.length > 3 && new RegExp(`(?<![A-Za-z0-9_])${c.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}(?![A-Za-z0-9_])`).test(text),
    );
  return { ...(provider ? { provider } : {}), ...(status ? { status } : {}), ...(code ? { code } : {}) };
}
