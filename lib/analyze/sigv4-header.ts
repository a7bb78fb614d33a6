import { endpointOf, parseScope, scopeFindings, signedHeadersFindings, signingAgeFindings } from "./aws-scope";
import { AWS } from "./guides";
import { parseExchange, valuesOf } from "./headers";
import { amzDate, utc } from "./text";
import type { AnalyzeContext, Analysis, Field, Finding } from "./types";

/**
 * A Signature Version 4 `Authorization` header, alone or with the request's other headers: its structure
 * (the parts IncompleteSignature names), the credential scope against X-Amz-Date and the host, the
 * signed-headers list against the headers sent, the session token against the key type, and its age.
 */

const ALGORITHM = "AWS4-HMAC-SHA256";

/**
 * The value after the algorithm: `Credential=…, SignedHeaders=…, Signature=…`, split at commas and
 * whitespace as AWS splits it, so that a space next to the key ID yields the fragment AWS names.
 */
function components(value: string): { parts: Map<string, string>; broken: string[] } {
  const parts = new Map<string, string>();
  const broken: string[] = [];
  for (const piece of value.split(/[\s,]+/)) {
    const trimmed = piece.trim();
    if (!trimmed) continue;
    const eq = trimmed.indexOf("=");
    if (eq < 0) broken.push(trimmed);
    else parts.set(trimmed.slice(0, eq).trim(), trimmed.slice(eq + 1));
  }
  return { parts, broken };
}

export function analyzeSigV4Header(text: string, { now }: AnalyzeContext): Analysis {
  const base = { kind: "sigv4-header" as const, label: "SigV4 Authorization header" };
  const exchange = parseExchange(text);
  const fromHeader = valuesOf(exchange.headers, "authorization").find((v) => v.startsWith(ALGORITHM));
  const bare = text.slice(Math.max(0, text.indexOf(ALGORITHM))).split("\n")[0] ?? "";
  const value = (fromHeader ?? bare).slice(ALGORITHM.length);
  const { parts, broken } = components(value);
  const credential = parts.get("Credential");
  const signedHeaders = parts.get("SignedHeaders");
  const signature = parts.get("Signature");
  // Response headers of a `curl -v` paste (x-amz-request-id…) were not sent, so they are not compared with the signature.
  const others = exchange.headers.filter((h) => h.name !== "authorization" && h.side !== "response");
  const block = others.length > 0;
  const requestDate = valuesOf(exchange.headers, "x-amz-date")[0];
  const host = valuesOf(exchange.headers, "host")[0];
  const hasToken = valuesOf(exchange.headers, "x-amz-security-token").length > 0;
  const findings: Finding[] = [];

  for (const fragment of broken)
    findings.push({
      severity: "problem",
      title: "A part of the header is not a key=value pair",
      detail: `AWS answers IncompleteSignature: '${fragment.slice(0, 120)}' not a valid key=value pair (missing equal-sign) in Authorization header. A space next to the key ID splits the Credential like this.`,
      links: /^\/?\d{8}\//.test(fragment) || /^A[KS]IA/.test(fragment) ? [AWS.keyWhitespace] : [AWS.handBuiltHeader],
    });
  for (const [name, present] of [
    ["Credential", credential],
    ["SignedHeaders", signedHeaders],
    ["Signature", signature],
  ] as const)
    if (present === undefined)
      findings.push({
        severity: "problem",
        title: `No ${name} in the header`,
        detail: `A SigV4 header has the algorithm, Credential, SignedHeaders and Signature. AWS answers IncompleteSignature: Authorization header requires '${name}' parameter.`,
        links: [AWS.handBuiltHeader],
      });
  if (signature !== undefined && !/^[0-9a-f]{64}$/.test(signature.trim()) && !/mask|\.\.\.|…|<|\*/.test(signature))
    findings.push({
      severity: "problem",
      title: "The Signature is not 64 lower-case hex characters",
      detail: `A SigV4 signature is the lower-case hex of an HMAC-SHA256: 64 characters from 0-9 and a-f. This one has ${signature.trim().length}.`,
      links: [AWS.handBuiltHeader],
    });
  if (block && !requestDate && valuesOf(exchange.headers, "date").length === 0)
    findings.push({
      severity: "problem",
      title: "Neither X-Amz-Date nor Date is among the headers",
      detail:
        "The signing time travels in X-Amz-Date (or Date). AWS answers IncompleteSignature: Authorization header requires existence of either a 'X-Amz-Date' or a 'Date' header.",
      links: [AWS.handBuiltHeader],
    });

  const scope = credential !== undefined ? parseScope(credential) : undefined;
  if (credential !== undefined && !scope && !broken.length)
    findings.push({
      severity: "problem",
      title: "The Credential is not key ID/date/Region/service/aws4_request",
      detail: `It has ${credential.split("/").length} parts instead of five. S3 answers: the Credential is mal-formed; expecting "<YOUR-AKID>/YYYYMMDD/REGION/SERVICE/aws4_request".`,
      links: [AWS.keyEmptyOrMangled, AWS.handBuiltHeader],
    });
  if (scope) {
    const endpoint = host ? endpointOf(host) : undefined;
    findings.push(...scopeFindings({ scope, endpoint, requestDate, form: "header" }));
    if (block) findings.push(...tokenFindings(scope.keyId, hasToken, endpoint?.service === "s3"));
  }
  if (signedHeaders !== undefined) findings.push(...signedHeadersFindings(signedHeaders.trim(), block ? others.map((h) => h.name) : []));
  const signedAt = requestDate ? amzDate(requestDate) : undefined;
  if (signedAt !== undefined) findings.push(...signingAgeFindings(signedAt, now));

  const fields: Field[] = [
    ...(scope
      ? [
          { name: "Access key ID", value: scope.keyId },
          { name: "Credential scope", value: `${scope.date} · ${scope.region} · ${scope.service} · ${scope.terminator}` },
        ]
      : []),
    { name: "Signed headers", value: signedHeaders ?? "missing" },
    ...(host ? [{ name: "Host", value: host }] : []),
    ...(requestDate ? [{ name: "X-Amz-Date", value: signedAt === undefined ? `${requestDate} (not a valid time)` : utc(signedAt) }] : []),
    ...(block ? [{ name: "Session token", value: hasToken ? "present (not shown)" : "none" }] : []),
    { name: "Signature", value: signature === undefined ? "missing" : "present (not shown)" },
  ];
  const notes = block
    ? ["Read in this page only. The signature itself cannot be checked without the secret key."]
    : [
        "Only the Authorization header was pasted: paste the request's other headers too (X-Amz-Date, Host, X-Amz-Security-Token) to check them against it.",
      ];
  return { ...base, fields, findings, notes };
}

function tokenFindings(keyId: string, hasToken: boolean, s3: boolean): Finding[] {
  if (keyId.startsWith("ASIA") && !hasToken)
    return [
      {
        severity: "problem",
        title: "A temporary (ASIA) key without X-Amz-Security-Token",
        detail: `Every request made with temporary credentials must carry the session token issued with them, in X-Amz-Security-Token. Without it ${s3 ? "S3 answers InvalidAccessKeyId" : "STS and the Query APIs answer InvalidClientTokenId"}.`,
        links: s3 ? [AWS.s3SessionToken] : [AWS.stsSessionToken],
      },
    ];
  if (keyId.startsWith("AKIA") && hasToken)
    return [
      {
        severity: "warning",
        title: "A long-term (AKIA) key sent with a session token",
        detail: "AKIA keys are long-term keys; a session token next to one is a leftover from an earlier session. Unset AWS_SESSION_TOKEN.",
        links: [s3 ? AWS.s3SessionToken : AWS.stsSessionToken],
        command: "unset AWS_SESSION_TOKEN",
      },
    ];
  return [];
}
