import { REGION } from "./aws-scope";
import { AWS } from "./guides";
import { routeCode } from "./route";
import { amzDate, clip, duration, isObject, parseJson, str, utc } from "./text";
import type { AnalyzeContext, Analysis, Field, Finding } from "./types";

/**
 * An AWS error: the XML body (S3's <Error>, EC2's <Response><Errors>), the JSON body (`__type`), or the
 * CLI's "An error occurred (Code)" line. Read field by field: S3's clocks, a presigned URL's expiry, the
 * Regions and timestamps in the message; then the code routes to its guide.
 */

const tag = (text: string, name: string) => new RegExp(`<${name}>([^<]{0,2000})</${name}>`).exec(text)?.[1];

function read(text: string): { code?: string; message?: string; tags: Record<string, string> } {
  const tags: Record<string, string> = {};
  for (const name of [
    "RequestId",
    "RequestID",
    "Region",
    "RequestTime",
    "ServerTime",
    "MaxAllowedSkewMilliseconds",
    "Expires",
    "X-Amz-Expires",
    "AWSAccessKeyId",
  ]) {
    const value = tag(text, name);
    if (value !== undefined) tags[name] = value;
  }
  const xmlCode = tag(text, "Code");
  if (xmlCode) return { code: xmlCode, message: tag(text, "Message"), tags };
  const parsed = text.trim().startsWith("{") ? parseJson(text.trim()) : undefined;
  if (parsed?.ok && isObject(parsed.value)) {
    const type = str(parsed.value, "__type") ?? str(parsed.value, "code") ?? str(parsed.value, "Code");
    return { code: type?.replace(/^.*#/, ""), message: str(parsed.value, "message") ?? str(parsed.value, "Message"), tags };
  }
  const cli = /An error occurred \(([A-Za-z][\w.]{0,80})\)(?: when calling the \w{1,80} operation)?: ([^\n]{0,2000})/.exec(text);
  if (cli) return { code: cli[1], message: cli[2], tags };
  // Go SDK v1 and Terraform: `SignatureDoesNotMatch: Signature not yet current: …` then `status code: 403`.
  const go = /(?:^|\n)\s{0,8}([A-Z][a-z0-9]{1,40}(?:[A-Z][a-z0-9]{0,40}){1,8}): ([^\n]{1,2000})/.exec(text);
  return { code: go?.[1], message: go?.[2], tags };
}

export function analyzeAwsError(text: string, context: AnalyzeContext): Analysis {
  const { code = "", message = "", tags } = read(text);
  // Without a code the message may still be the whole paste (a bare "Signature expired: …" line).
  const clock = clockFindings(message || text.slice(0, 4000), tags);
  const findings = clock.length > 0 ? clock : messageFindings(code, message, tags, text.includes("<CanonicalRequest>"));
  const notes: string[] = [];
  if (findings.length === 0 && code) {
    const routed = routeCode(code, context);
    if (routed.finding) findings.push(routed.finding);
    if (routed.note) notes.push(routed.note);
  }
  const fields: Field[] = [
    ...(code ? [{ name: "Code", value: code }] : []),
    ...(message ? [{ name: "Message", value: clip(message, 300) }] : []),
    ...Object.entries(tags).map(([name, value]) => ({ name, value: clip(value) })),
  ];
  return {
    kind: "aws-error",
    label: "AWS error",
    fields,
    findings,
    notes,
    unreadable: code || findings.length ? undefined : "No AWS error code was found in it.",
  };
}

/** The timestamps S3 and the SigV4 messages carry: how far the signing clock was off, or when a URL expired. */
function clockFindings(message: string, tags: Record<string, string>): Finding[] {
  const skewed =
    /Signature (expired|not yet current): (\d{8}T\d{6}Z) is (?:now earlier|still later) than \d{8}T\d{6}Z \((\d{8}T\d{6}Z) [-+] (\d{1,3}) min\.\)/.exec(
      message,
    );
  if (skewed) {
    const signed = amzDate(skewed[2] ?? "");
    const aws = amzDate(skewed[3] ?? "");
    if (signed !== undefined && aws !== undefined)
      return [
        {
          severity: "problem",
          title: `Signed ${duration(aws - signed)} ${skewed[1] === "expired" ? "before" : "after"} AWS's time, outside a ${skewed[4]}-minute window`,
          detail: `The request was signed at ${utc(signed)}; AWS's clock said ${utc(aws)} when it arrived. ${
            skewed[1] === "expired"
              ? "The signing clock is behind, or the request waited between signing and sending."
              : "The signing clock is ahead."
          } ${Math.abs(aws - signed) % 3_600_000 < 120_000 && Math.abs(aws - signed) >= 3_600_000 ? "A gap of almost exactly whole hours often points to a clock set to local time but read as UTC." : ""}`.trim(),
          links: [AWS.clockSkewed, AWS.signatureClock, AWS.signedThenDelayed],
          command: "date -u; curl -sI https://sts.amazonaws.com | grep -i '^date:'",
        },
      ];
  }
  const requestTime = tags.RequestTime ? amzDate(tags.RequestTime) : undefined;
  const serverTime = tags.ServerTime ? Date.parse(tags.ServerTime) : NaN;
  if (requestTime !== undefined && Number.isFinite(serverTime))
    return [
      {
        severity: "problem",
        title: `The request was signed ${duration(requestTime - serverTime)} ${requestTime > serverTime ? "ahead of" : "behind"} S3's clock`,
        detail: `RequestTime ${utc(requestTime)} against ServerTime ${utc(serverTime)}; S3 allows ${tags.MaxAllowedSkewMilliseconds ?? "900000"} ms. Fix the clock of the machine that signs (NTP), or use an SDK that corrects skew.`,
        links: [AWS.clockSkewed],
        command: "date -u; curl -sI https://sts.amazonaws.com | grep -i '^date:'",
      },
    ];
  const expires = tags.Expires ? Date.parse(tags.Expires) : NaN;
  if (/Request has expired/.test(message) && Number.isFinite(expires))
    return [
      {
        severity: "problem",
        title: `The presigned URL expired ${Number.isFinite(serverTime) ? `${duration(serverTime - expires)} before S3 received it` : `at ${utc(expires)}`}`,
        detail: `S3 computed the expiry ${utc(expires)}${Number.isFinite(serverTime) ? ` and its clock said ${utc(serverTime)}` : ""}. Generate a new URL shortly before it is used.`,
        links: [AWS.presignedExpired],
      },
    ];
  if (/Request is not yet valid/.test(message))
    return [
      {
        severity: "problem",
        title: "The presigned URL is dated in the future",
        detail:
          "S3 says Request is not yet valid: X-Amz-Date lies ahead of S3's clock, so the machine that generated the URL has a clock that runs ahead.",
        links: [AWS.clockSkewed, AWS.presignedExpired],
      },
    ];
  return [];
}

/** Messages that name the cause: Regions, the credential, the session token, the signature. */
function messageFindings(code: string, message: string, tags: Record<string, string>, canonical: boolean): Finding[] {
  const region = /the region '([^']{0,64})' is wrong; expecting '([^']{0,64})'/.exec(message);
  if (region) {
    const [, wrong = "", expected = ""] = region;
    const presigned = code === "AuthorizationQueryParametersError" || /X-Amz-Credential/.test(message);
    return [
      REGION.test(wrong)
        ? {
            severity: "problem",
            title: `Signed for ${wrong}; the bucket is in ${expected}`,
            detail: `${presigned ? "The URL was generated by a client set to" : "The client signs for"} ${wrong}. Set it to ${expected} (and use that Region's endpoint)${presigned ? ", then generate new URLs: URLs already handed out keep failing" : ""}.`,
            links: [presigned ? AWS.presignedWrongRegion : AWS.clientRegionMismatch],
          }
        : {
            severity: "problem",
            title: `"${wrong}" is not a Region code`,
            detail: `The Region setting is ${wrong}; S3 expects ${expected}. Set a real Region code such as ${expected}.`,
            links: [AWS.regionInvalid],
          },
    ];
  }
  const rules: [RegExp, Omit<Finding, "detail">][] = [
    [
      /non-empty Access Key \(AKID\)/,
      { severity: "problem", title: "The client signed with an empty access key ID", links: [AWS.keyEmptyOrMangled] },
    ],
    [
      /Invalid credential date|Date in Credential scope does not match/,
      { severity: "problem", title: "The scope date differs from X-Amz-Date", links: [AWS.scopeDate, AWS.scopeMismatch] },
    ],
    [
      /Credential should be scoped/,
      { severity: "problem", title: "The credential scope names the wrong Region, service or terminator", links: [AWS.scopeMismatch] },
    ],
    [
      /not a valid key=value pair/,
      { severity: "problem", title: "A part of the Authorization header is broken", links: [AWS.keyWhitespace, AWS.handBuiltHeader] },
    ],
  ];
  for (const [pattern, finding] of rules)
    if (pattern.test(message)) return [{ ...finding, detail: `The message says: ${clip(message, 240)}` }];
  const key = tags.AWSAccessKeyId ?? "";
  if ((code === "InvalidAccessKeyId" && key.startsWith("ASIA")) || code === "InvalidToken")
    return [
      {
        severity: "problem",
        title: code === "InvalidToken" ? "S3 cannot accept the session token" : "A temporary (ASIA) key that S3 does not know",
        detail:
          code === "InvalidToken"
            ? "The token was made up, cut short or altered on the way (a field with a length limit, a stray quote or line break). Take key, secret and token from one STS response and store the token whole."
            : `${clip(key, 8)}… is a temporary key. S3 answers InvalidAccessKeyId when it arrives without its session token.`,
        links: [AWS.s3SessionToken],
      },
    ];
  if (code === "SignatureDoesNotMatch" || code === "InvalidSignatureException")
    return [
      {
        severity: "problem",
        title: "The signature AWS computed differs from the one sent",
        detail: canonical
          ? "Without timestamps in the message this is not the clock: the secret does not belong to the key, or the request was signed differently than it was sent. S3's body carries its CanonicalRequest and StringToSign: compare them line by line with your signer's."
          : "Without timestamps in the message this is not the clock: the secret does not belong to the key, or the request was signed differently than it was sent.",
        links: [AWS.secretMismatch, AWS.canonicalMismatch, AWS.presignedMismatch],
      },
    ];
  return [];
}
