import { AWS } from "./guides";
import { amzDate, duration } from "./text";
import type { Finding } from "./types";

/**
 * The parts of a Signature Version 4 signature that presigned URLs and Authorization headers share: the
 * credential scope (`AKIA…/20261126/eu-west-1/s3/aws4_request`), the endpoint it is sent to, and the
 * signed-headers list. Checked against what the AWS guides state about each.
 */

export type Scope = { keyId: string; date: string; region: string; service: string; terminator: string };

export function parseScope(credential: string): Scope | undefined {
  const parts = credential.split("/");
  if (parts.length !== 5) return undefined;
  const [keyId = "", date = "", region = "", service = "", terminator = ""] = parts;
  return { keyId, date, region, service, terminator };
}

/** An AWS Region code: `eu-west-1`, `us-gov-west-1`, `ap-southeast-2`. */
export const REGION = /^[a-z]{2}(?:-[a-z]+)+-\d{1,2}$/;

export type Endpoint = {
  host: string;
  /** An amazonaws.com host: AWS's own rules apply (key prefixes, Region codes). */
  aws: boolean;
  /** The service the host names, when it is one whose signing name is the host's (s3, sts, iam). */
  service?: string;
  /** The Region the host names; undefined for a global endpoint. */
  region?: string;
  /** Bucket and key of an S3 object URL, for `aws s3 presign`. */
  bucket?: string;
};

const SIGNING_NAME_IS_HOST = new Set(["s3", "sts", "iam"]);

/** What an endpoint's host says: `bucket.s3.eu-central-1.amazonaws.com`, `s3.eu-west-1.amazonaws.com`, `sts.amazonaws.com`. */
export function endpointOf(hostWithPort: string): Endpoint {
  const host = hostWithPort.toLowerCase().replace(/:\d+$/, "");
  const match = /^(.*?)\.?amazonaws\.com(?:\.cn)?$/.exec(host);
  if (!match) return { host, aws: false };
  const labels = (match[1] ?? "").split(".").filter(Boolean);
  const s3 = labels.findIndex((l) => l === "s3" || l.startsWith("s3-"));
  if (s3 >= 0) {
    const label = labels[s3] ?? "";
    const dashed = label.startsWith("s3-") ? label.slice(3) : undefined;
    const next = labels.slice(s3 + 1).find((l) => l !== "dualstack");
    const region = [dashed, next].find((r) => r !== undefined && REGION.test(r));
    return { host, aws: true, service: "s3", region, bucket: s3 > 0 ? labels.slice(0, s3).join(".") : undefined };
  }
  const [first, second] = labels;
  return {
    host,
    aws: true,
    service: first && SIGNING_NAME_IS_HOST.has(first) ? first : undefined,
    region: second && REGION.test(second) ? second : undefined,
  };
}

/** Global endpoints sign for us-east-1 (IAM, the global STS endpoint): the SignatureDoesNotMatch guide. */
const GLOBAL_SIGNING_REGION = "us-east-1";

type ScopeContext = {
  scope: Scope;
  endpoint?: Endpoint;
  /** X-Amz-Date as written in the request or URL. */
  requestDate?: string;
  /** "url": a presigned URL (S3 reports its Region mismatch as AuthorizationQueryParametersError). */
  form: "url" | "header";
};

/** Findings about the credential scope itself and about how it fits the endpoint and the request date. */
export function scopeFindings({ scope, endpoint, requestDate, form }: ScopeContext): Finding[] {
  const findings: Finding[] = [];
  const { keyId, region } = scope;
  if (keyId.trim() === "")
    findings.push({
      severity: "problem",
      title: "The credential has no access key ID",
      detail:
        "The part before the first slash is empty: the client signed without credentials it could load. S3 answers: a non-empty Access Key (AKID) must be provided in the credential.",
      links: [AWS.keyEmptyOrMangled],
    });
  else if (/\s/.test(keyId))
    findings.push({
      severity: "problem",
      title: "The access key ID contains whitespace",
      detail: `The key ID in the credential has a space, tab or line break in it (${JSON.stringify(keyId)}). AWS reads the parts of the credential wrongly and rejects the request as IncompleteSignature.`,
      links: [AWS.keyWhitespace],
    });
  if (scope.terminator !== "aws4_request")
    findings.push({
      severity: "problem",
      title: `The scope ends in "${scope.terminator}", not aws4_request`,
      detail:
        "A credential scope ends with aws4_request. AWS answers: Credential should be scoped with a valid terminator: 'aws4_request'.",
      links: [AWS.scopeMismatch],
    });
  if (requestDate && amzDate(requestDate) !== undefined && scope.date !== requestDate.slice(0, 8))
    findings.push({
      severity: "problem",
      title: "The date in the credential scope differs from X-Amz-Date",
      detail: `The scope says ${scope.date}, X-Amz-Date says ${requestDate.slice(0, 8)}. The scope date must be the date part of X-Amz-Date, both in UTC; a signer that formats one of them in local time disagrees whenever the local and the UTC dates differ. S3 answers: Invalid credential date. Date is not the same as X-Amz-Date.`,
      links: [AWS.scopeDate, AWS.scopeMismatch],
    });
  const aws = endpoint ? endpoint.aws : true;
  if (aws && !REGION.test(region))
    findings.push({
      severity: "problem",
      title: `"${region}" is not an AWS Region code`,
      detail: `The scope's Region must be a code such as eu-west-1. S3 answers: the region '${region}' is wrong; expecting '<the bucket's Region>'.${endpoint ? "" : " (An S3-compatible server may use its own names.)"}`,
      links: [AWS.regionInvalid],
    });
  else if (endpoint?.aws) findings.push(...endpointFindings(scope, endpoint, form));
  if (endpoint?.aws && keyId && !/^A[KS]IA/.test(keyId))
    findings.push({
      severity: "warning",
      title: "The key ID does not start with AKIA or ASIA",
      detail: `AKIA and ASIA are the prefixes of AWS access keys; "${keyId.slice(0, 4)}…" is not one of them, yet the request goes to ${endpoint.host}. Keys issued by another S3-compatible provider are unknown to AWS.`,
      links: [AWS.endpointMismatch],
    });
  return findings;
}

function endpointFindings(scope: Scope, endpoint: Endpoint, form: "url" | "header"): Finding[] {
  const findings: Finding[] = [];
  const expected = endpoint.region ?? (endpoint.service && endpoint.service !== "s3" ? GLOBAL_SIGNING_REGION : undefined);
  if (expected && scope.region !== expected) {
    const s3 = endpoint.service === "s3";
    findings.push({
      severity: "problem",
      title: `Signed for ${scope.region}, sent to ${endpoint.region ? `the ${expected} endpoint` : `a global endpoint (signed for ${expected})`}`,
      detail: s3
        ? `The scope names ${scope.region}; the host ${endpoint.host} is ${expected}'s. Sign for the Region of the bucket and use that Region's endpoint. S3 answers ${
            form === "url"
              ? `AuthorizationQueryParametersError: Error parsing the X-Amz-Credential parameter; the region '${scope.region}' is wrong; expecting '<the bucket's Region>'`
              : `AuthorizationHeaderMalformed: the region '${scope.region}' is wrong; expecting '<the bucket's Region>'`
          }.`
        : `The scope names ${scope.region}; ${endpoint.host} expects ${expected}. AWS answers: Credential should be scoped to a valid region.`,
      links: s3 ? [form === "url" ? AWS.presignedWrongRegion : AWS.clientRegionMismatch] : [AWS.scopeMismatch],
    });
  }
  if (endpoint.service && scope.service !== endpoint.service)
    findings.push({
      severity: "problem",
      title: `Signed for the service "${scope.service}", sent to ${endpoint.service}`,
      detail: `The scope's service must be the signing name of the endpoint called (${endpoint.service} for ${endpoint.host}). AWS answers: Credential should be scoped to correct service: '${endpoint.service}'.`,
      links: [AWS.scopeMismatch],
    });
  return findings;
}

/** `content-type;host` must name host and every x-amz-* header sent, lower case and sorted. */
export function signedHeadersFindings(list: string, sentHeaders: string[] = []): Finding[] {
  const findings: Finding[] = [];
  const names = list.split(";");
  if (!names.includes("host"))
    findings.push({
      severity: "problem",
      title: "host is not among the signed headers",
      detail: `The signed headers are ${list || "empty"}. SigV4 signs host and every x-amz-* header; a signature without them does not match the one AWS computes.`,
      links: [AWS.canonicalMismatch],
    });
  const unsigned = sentHeaders.filter((h) => h.startsWith("x-amz-") && !names.includes(h));
  if (unsigned.length > 0)
    findings.push({
      severity: "problem",
      title: `Sent but not signed: ${unsigned.join(", ")}`,
      detail:
        "Every x-amz-* header the request sends must be in the signed headers. A header added after signing also changes the request AWS checks.",
      links: [AWS.canonicalMismatch, AWS.presignedMismatch],
    });
  const canonical = [...names].map((n) => n.toLowerCase()).sort();
  if (names.join(";") !== canonical.join(";"))
    findings.push({
      severity: "problem",
      title: "The signed headers are not lower case in alphabetical order",
      detail: `The canonical request lists header names in lower case, sorted: ${canonical.join(";")}, not ${list}.`,
      links: [AWS.canonicalMismatch],
    });
  return findings;
}

/** "Signed 20 min ago": how far X-Amz-Date is from now, against the 5- and 15-minute windows. */
export function signingAgeFindings(signedAt: number, now: number): Finding[] {
  const age = now - signedAt;
  const windows =
    "AWS refuses a request that arrives more than 5 minutes (the SigV4 documentation; Kinesis and Rekognition print 5 min.) or 15 minutes (STS, SQS, DynamoDB; S3 allows 900000 ms) away from its signing time";
  if (age > 5 * 60_000)
    return [
      {
        severity: "warning",
        title: `Signed ${duration(age)} ago`,
        detail: `${windows}. Sent now, this request gets Signature expired (or RequestTimeTooSkewed from S3). Sign immediately before sending, and sign again for every retry.`,
        links: [AWS.signedThenDelayed, AWS.signatureClock],
      },
    ];
  if (-age > 5 * 60_000)
    return [
      {
        severity: "warning",
        title: `X-Amz-Date is ${duration(age)} in the future`,
        detail: `${windows}. A signing time ahead of AWS's clock gets Signature not yet current: the clock of the machine that signed it is ahead.`,
        links: [AWS.clockSkewed, AWS.signatureClock],
        command: "date -u; curl -sI https://sts.amazonaws.com | grep -i '^date:'",
      },
    ];
  return [];
}
