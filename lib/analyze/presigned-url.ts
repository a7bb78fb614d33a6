import { endpointOf, parseScope, scopeFindings, signedHeadersFindings, type Endpoint } from "./aws-scope";
import { AWS, HTTP } from "./guides";
import { amzDate, duration, percentDecode, utc } from "./text";
import type { AnalyzeContext, Analysis, Field, Finding } from "./types";

/**
 * An S3 (or other SigV4) presigned URL: its lifetime against now, the credential scope against the host,
 * the session token against the key type, the signed headers, and damage done to its encoding on the way.
 */

/** The seven-day maximum of a SigV4 presigned URL (`aws s3 presign --expires-in` at most 604800). */
const MAX_EXPIRES = 604_800;
/** A URL dated this far ahead is reported; closer than that, the two clocks' own difference could explain it. */
const FUTURE_GRACE_MS = 60_000;

type Param = { raw: string; value: string | undefined };

/** The URL in a paste: the run of URL characters around its X-Amz- parameters. */
export function extractUrl(text: string): string | undefined {
  const at = text.search(/X-Amz-(?:Credential|Signature|Algorithm)=/i);
  if (at < 0) return undefined;
  const stop = /[\s"'<>`]/;
  let start = at;
  while (start > 0 && !stop.test(text[start - 1] ?? "")) start--;
  let end = at;
  while (end < text.length && !stop.test(text[end] ?? "")) end++;
  return text.slice(start, end).replace(/&amp;/g, "&");
}

function parseQuery(query: string): Map<string, Param> {
  const params = new Map<string, Param>();
  for (const pair of query.split("&")) {
    const eq = pair.indexOf("=");
    const name = (eq < 0 ? pair : pair.slice(0, eq)).toLowerCase();
    const raw = eq < 0 ? "" : pair.slice(eq + 1);
    if (name && !params.has(name)) params.set(name, { raw, value: percentDecode(raw) });
  }
  return params;
}

function s3Object(endpoint: Endpoint, path: string): string | undefined {
  const segments = path
    .split("/")
    .filter(Boolean)
    .map((s) => percentDecode(s) ?? s);
  const bucket = endpoint.bucket ?? segments.shift();
  return endpoint.service === "s3" && bucket && segments.length > 0 ? `s3://${bucket}/${segments.join("/")}` : undefined;
}

export function analyzePresignedUrl(text: string, { now }: AnalyzeContext): Analysis {
  const base = { kind: "presigned-url" as const, label: "AWS presigned URL" };
  const url = extractUrl(text) ?? "";
  const [beforeQuery = "", afterQuery = ""] = url.split(/\?(.*)/s);
  const query = (url.includes("?") ? afterQuery : beforeQuery).split("#")[0] ?? "";
  const location = /^(?:[a-z][a-z0-9+.-]*:)?\/\/([^/?#]+)(\/[^?#]*)?/i.exec(url.includes("?") ? beforeQuery : "");
  const params = parseQuery(query);
  const get = (name: string) => params.get(name.toLowerCase());

  const credential = get("X-Amz-Credential");
  const date = get("X-Amz-Date")?.value ?? "";
  const scope = credential?.value !== undefined ? parseScope(credential.value) : undefined;
  if (!scope)
    return {
      ...base,
      fields: [],
      // Encoding damage is often why the credential cannot be read: say so too.
      findings: encodingFindings(params),
      unreadable: credential
        ? "X-Amz-Credential is not of the form key ID/date/Region/service/aws4_request (or its percent-encoding is broken), so the URL cannot be read."
        : "The URL has no X-Amz-Credential parameter: it was cut off when it was copied, or it is not a Signature Version 4 presigned URL.",
    };

  const endpoint = location ? endpointOf(location[1] ?? "") : undefined;
  const token = get("X-Amz-Security-Token");
  const expiresRaw = get("X-Amz-Expires")?.value ?? "";
  const signedHeaders = get("X-Amz-SignedHeaders")?.value;
  const signedAt = amzDate(date);
  const expires = /^\d{1,12}$/.test(expiresRaw) ? Number(expiresRaw) : undefined;
  const object = endpoint && s3Object(endpoint, location?.[2] ?? "");

  const fields: Field[] = [
    ...(endpoint ? [{ name: "Host", value: endpoint.host }] : []),
    ...(object ? [{ name: "Object", value: object }] : []),
    { name: "Access key ID", value: scope.keyId },
    { name: "Credential scope", value: `${scope.date} · ${scope.region} · ${scope.service}` },
    { name: "Signed at (X-Amz-Date)", value: signedAt === undefined ? `${date || "missing"} (not a valid time)` : utc(signedAt) },
    {
      name: "Lifetime (X-Amz-Expires)",
      value: expires === undefined ? `${expiresRaw || "missing"} (not a number of seconds)` : `${expires} s (${duration(expires * 1000)})`,
    },
    ...(signedAt !== undefined && expires !== undefined ? [{ name: "Valid until", value: utc(signedAt + expires * 1000) }] : []),
    { name: "Signed headers", value: signedHeaders ?? "missing" },
    { name: "Session token", value: token ? `present (${token.raw.length} characters)` : "none" },
    { name: "Signature", value: get("X-Amz-Signature") ? "present (not shown)" : "missing" },
  ];

  const findings: Finding[] = [
    ...lifetimeFindings(signedAt, expires, now, object, scope.keyId),
    ...tokenFindings(scope.keyId, Boolean(token)),
    ...scopeFindings({ scope, endpoint, requestDate: date, form: "url" }),
    ...(signedHeaders === undefined ? [] : signedHeadersFindings(signedHeaders)),
    ...(signedHeaders && signedHeaders !== "host" && signedHeaders.includes("host") ? [extraSignedHeaders(signedHeaders)] : []),
    ...encodingFindings(params),
  ];
  const notes = [
    ...(get("X-Amz-Signature") ? [] : ["The URL has no X-Amz-Signature: it was cut off when it was copied."]),
    "Read in this page only. The signature itself cannot be checked without the secret key.",
  ];
  return { ...base, fields, findings, notes };
}

function lifetimeFindings(
  signedAt: number | undefined,
  expires: number | undefined,
  now: number,
  object: string | undefined,
  keyId: string,
) {
  const findings: Finding[] = [];
  if (signedAt === undefined || expires === undefined) return findings;
  const until = signedAt + expires * 1000;
  const presign = `aws s3 presign ${object ?? "s3://amzn-s3-demo-bucket/report.pdf"} --expires-in 3600`;
  if (signedAt - now > FUTURE_GRACE_MS)
    findings.push({
      severity: "problem",
      title: `Dated ${duration(signedAt - now)} in the future`,
      detail: `X-Amz-Date is ${utc(signedAt)}; by this page's clock it is now ${utc(now)}. S3 answers a URL dated in the future with 403 AccessDenied and Request is not yet valid. The clock of the machine that generated the URL is ahead (or this device's clock is behind).`,
      links: [AWS.clockSkewed, AWS.presignedExpired],
      command: "date -u; curl -sI https://sts.amazonaws.com | grep -i '^date:'",
    });
  else if (now > until)
    findings.push({
      severity: "problem",
      title: `Expired ${duration(now - until)} ago`,
      detail: `Signed at ${utc(signedAt)} for ${expires} s, so valid until ${utc(until)}; by this page's clock it is now ${utc(now)}. S3 answers an expired presigned URL with 403 AccessDenied and Request has expired (not RequestExpired). Generate a new URL shortly before it is used.`,
      links: [AWS.presignedExpired],
      command: presign,
    });
  else
    findings.push({
      severity: "ok",
      title: `Valid for another ${duration(until - now)}`,
      detail: `Signed at ${utc(signedAt)} for ${expires} s: valid until ${utc(until)}.${keyId.startsWith("ASIA") ? " It also ends when the temporary credentials that signed it expire (see below)." : ""}`,
      links: [AWS.presignedExpired],
    });
  if (expires > MAX_EXPIRES)
    findings.push({
      severity: "problem",
      title: `X-Amz-Expires is ${duration(expires * 1000)}, longer than seven days`,
      detail: `A Signature Version 4 presigned URL lasts at most seven days (604800 s), and only when signed with IAM user keys; aws s3 presign --expires-in accepts at most 604800. This URL asks for ${expires} s.`,
      links: [AWS.presignedExpired],
      command: presign,
    });
  return findings;
}

function tokenFindings(keyId: string, hasToken: boolean): Finding[] {
  if (keyId.startsWith("ASIA") && !hasToken)
    return [
      {
        severity: "problem",
        title: "A temporary (ASIA) key without X-Amz-Security-Token",
        detail:
          "Keys starting with ASIA are temporary and every request made with them must carry the session token issued with them. The URL was signed without it; S3 answers InvalidAccessKeyId. Sign the URL with an SDK that has the key, the secret and the token.",
        links: [AWS.s3SessionToken],
      },
    ];
  if (keyId.startsWith("ASIA"))
    return [
      {
        severity: "info",
        title: "Signed with temporary credentials",
        detail:
          "The key starts with ASIA and the URL carries X-Amz-Security-Token: the URL stops working when those credentials expire, even if X-Amz-Expires is longer. For a URL that must outlive a role session, sign with IAM user keys (up to seven days) or issue fresh URLs on demand.",
        links: [AWS.presignedExpired],
      },
    ];
  if (keyId.startsWith("AKIA") && hasToken)
    return [
      {
        severity: "warning",
        title: "A long-term (AKIA) key with a session token",
        detail:
          "AKIA keys are long-term keys and take no session token. A leftover AWS_SESSION_TOKEN from an earlier session was signed into the URL.",
        links: [AWS.s3SessionToken],
      },
    ];
  return [];
}

function extraSignedHeaders(list: string): Finding {
  const others = list.split(";").filter((h) => h !== "host");
  return {
    severity: "info",
    title: `The signature also covers ${others.join(", ")}`,
    detail: `The client must send ${others.join(", ")} with exactly the values used when the URL was signed, and use the HTTP method it was signed for; otherwise S3 answers 403 SignatureDoesNotMatch.`,
    links: [AWS.presignedMismatch],
  };
}

/** Signers percent-encode `+` as %2B and `/` as %2F; a raw one means the URL was decoded or rebuilt after signing. */
function encodingFindings(params: Map<string, Param>): Finding[] {
  const findings: Finding[] = [];
  const amz = [...params].filter(([name]) => name.startsWith("x-amz-"));
  const plus = amz.filter(([, p]) => p.raw.includes("+")).map(([n]) => n);
  const slash = amz.filter(([n, p]) => (n === "x-amz-credential" || n === "x-amz-security-token") && p.raw.includes("/")).map(([n]) => n);
  const twice = amz.filter(([, p]) => /%25[0-9A-Fa-f]{2}/.test(p.raw)).map(([n]) => n);
  const name = (n: string) => n.replace(/(^|-)([a-z])/g, (_m, dash: string, c: string) => dash + c.toUpperCase());
  if (plus.length > 0)
    findings.push({
      severity: "problem",
      title: `A raw + in ${plus.map(name).join(", ")}`,
      detail:
        "Signers write a literal + as %2B. In a query string a raw + means a space, so the value S3 reads is not the one that was signed. The URL was decoded or rebuilt after signing: hand it on exactly as the SDK returned it.",
      links: [HTTP.unencodedUrl, AWS.presignedMismatch],
    });
  if (slash.length > 0)
    findings.push({
      severity: "warning",
      title: `${slash.map(name).join(", ")} holds a raw / where signers write %2F`,
      detail:
        "The URL was decoded after it was signed. A presigned URL must reach the client unchanged: don't decode it, rebuild it or add parameters to it.",
      links: [AWS.presignedMismatch],
    });
  if (twice.length > 0)
    findings.push({
      severity: "warning",
      title: `${twice.map(name).join(", ")} is percent-encoded twice`,
      detail:
        "%25 followed by two hex digits is an escape that was escaped again: the URL was encoded once more after signing, so S3 reads other values than were signed.",
      links: [AWS.presignedMismatch],
    });
  return findings;
}
