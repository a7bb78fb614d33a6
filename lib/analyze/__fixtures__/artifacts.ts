import { Hash } from "@smithy/hash-node";
import { SignatureV4 } from "@smithy/signature-v4";
import { SignJWT, generateKeyPair, type JWTPayload } from "jose";

/**
 * Real-shaped artifacts made the way real clients make them, from AWS's documented example keys: presigned
 * URLs and signed headers from the AWS SDK's own SigV4 signer, JWTs signed with jose. Shared by the unit
 * tests and the end-to-end tests (which check that none of these ever leaves the browser).
 */

export const TEST_KEYS = {
  longTerm: { accessKeyId: "AKIAIOSFODNN7EXAMPLE", secretAccessKey: "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY" },
  temporary: {
    accessKeyId: "ASIAIOSFODNN7EXAMPLE",
    secretAccessKey: "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY",
    sessionToken: "IQoJb3JpZ2luX2VjEXAMPLEtokenFwZXhhbXBsZS10b2tlbi1mb3ItdGVzdHM+with/slashes==",
  },
};

type Credentials = { accessKeyId: string; secretAccessKey: string; sessionToken?: string };

/** RFC 3986 encoding, as the SDK's presigner builds the query string (%2F, %2B, %3D). */
const encode = (value: string) => encodeURIComponent(value).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);

export type PresignOptions = {
  region?: string;
  /** The region the host names; the signer's region by default. */
  hostRegion?: string;
  service?: string;
  host?: string;
  path?: string;
  credentials?: Credentials;
  signedAt?: Date;
  expiresIn?: number;
  method?: string;
  headers?: Record<string, string>;
};

export async function presignedUrl(options: PresignOptions = {}): Promise<string> {
  const region = options.region ?? "eu-central-1";
  const host = options.host ?? `amzn-s3-demo-bucket.s3.${options.hostRegion ?? region}.amazonaws.com`;
  const path = options.path ?? "/reports/q1.pdf";
  const signer = new SignatureV4({
    service: options.service ?? "s3",
    region,
    sha256: Hash.bind(null, "sha256"),
    credentials: options.credentials ?? TEST_KEYS.longTerm,
  });
  const request = await signer.presign(
    { method: options.method ?? "GET", protocol: "https:", hostname: host, path, headers: { host, ...options.headers }, query: {} },
    { signingDate: options.signedAt ?? new Date(), expiresIn: options.expiresIn ?? 3600 },
  );
  const query = Object.entries(request.query ?? {})
    .map(([name, value]) => `${encode(name)}=${encode(String(value))}`)
    .join("&");
  return `https://${host}${path}?${query}`;
}

/** A signed request's headers as `curl -v` prints them (`> ` lines). */
export async function signedRequestHeaders(
  options: { region?: string; service?: string; host?: string; credentials?: Credentials; signedAt?: Date } = {},
): Promise<string> {
  const host = options.host ?? "sts.amazonaws.com";
  const signer = new SignatureV4({
    service: options.service ?? "sts",
    region: options.region ?? "us-east-1",
    sha256: Hash.bind(null, "sha256"),
    credentials: options.credentials ?? TEST_KEYS.longTerm,
  });
  const signed = await signer.sign(
    { method: "POST", protocol: "https:", hostname: host, path: "/", headers: { host, "content-type": "application/x-www-form-urlencoded" }, query: {} },
    { signingDate: options.signedAt ?? new Date() },
  );
  return ["> POST / HTTP/1.1", ...Object.entries(signed.headers).map(([name, value]) => `> ${name}: ${value}`), ">"].join("\n");
}

export const JWT_SECRET = new TextEncoder().encode("a-test-secret-of-at-least-thirty-two-bytes!");

/** A JWT signed with jose: HS256 with the test secret, or RS256 with a fresh key pair and a kid. */
export async function signedJwt(claims: JWTPayload, { alg = "HS256" as "HS256" | "RS256", kid }: { alg?: "HS256" | "RS256"; kid?: string } = {}) {
  const jwt = new SignJWT(claims).setProtectedHeader({ alg, typ: "JWT", ...(kid ? { kid } : {}) });
  if (alg === "HS256") return jwt.sign(JWT_SECRET);
  const { privateKey } = await generateKeyPair("RS256");
  return jwt.sign(privateKey);
}

/** Seconds since the epoch, as JWT claims count. */
export const epoch = (ms: number) => Math.floor(ms / 1000);
