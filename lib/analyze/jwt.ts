import { HTTP, JWT } from "./guides";
import { decodeJwt, findJwt } from "./jwt-token";
import { clip, duration, str, utc, type Json } from "./text";
import type { AnalyzeContext, Analysis, Field, Finding } from "./types";

/**
 * A JSON Web Token, decoded (never verified, never sent): exp, nbf and iat against now and against the
 * clock allowances of the major libraries, aud and iss against what the API expects, and alg and kid
 * against how the API finds its keys.
 */

/** Default allowances for clock skew, in seconds, as the JWT expired guide lists them. */
const ALLOWANCES: [string, number][] = [
  ["jsonwebtoken", 0],
  ["jose", 0],
  ["PyJWT", 0],
  ["golang-jwt v5", 0],
  ["express-oauth2-jwt-bearer", 5],
  ["Spring Security", 60],
  ["Microsoft.IdentityModel", 300],
];

const list = (names: string[]) => (names.length < 2 ? names.join("") : `${names.slice(0, -1).join(", ")} and ${names.at(-1)}`);

/** "jsonwebtoken, jose … reject it; Spring Security (60 s) … still accept it", for a time `late` seconds past. */
function allowanceSentence(lateSeconds: number): string {
  const reject = ALLOWANCES.filter(([, s]) => s < lateSeconds).map(([n, s]) => (s ? `${n} (${s} s)` : n));
  const accept = ALLOWANCES.filter(([, s]) => s >= lateSeconds).map(([n, s]) => `${n} (${s} s)`);
  return accept.length === 0
    ? "No default allowance of the major libraries covers that (the largest, Microsoft.IdentityModel's, is 300 s)."
    : `With their default allowances ${list(reject)} reject it; ${list(accept)} still accept it.`;
}

const seconds = (claims: Json, name: string) => (typeof claims[name] === "number" ? (claims[name] as number) : undefined);

function audienceOf(claims: Json): string[] {
  const aud = claims.aud;
  return typeof aud === "string" ? [aud] : Array.isArray(aud) ? aud.filter((a): a is string => typeof a === "string") : [];
}

export function analyzeJwt(text: string, context: AnalyzeContext): Analysis {
  const base = { kind: "jwt" as const, label: "JSON Web Token" };
  const found = findJwt(text);
  if (!found)
    return { ...base, fields: [], findings: [], unreadable: "No token of the form xxxxx.yyyyy.zzzzz starting with eyJ was found." };
  const decoded = decodeJwt(found.token);
  const findings: Finding[] = headerFindings(text, found.start);
  if (!decoded.ok) return { ...base, fields: [], findings, unreadable: decoded.reason };
  const { header, claims } = decoded;
  const now = context.now;
  const [exp, nbf, iat] = ["exp", "nbf", "iat"].map((n) => seconds(claims, n));
  findings.push(...timeFindings(exp, nbf, iat, now), ...algorithmFindings(header, claims), ...expectationFindings(claims, context));

  const when = (s: number | undefined) =>
    s === undefined ? [] : [`${utc(s * 1000)} (${s * 1000 < now ? `${duration(now - s * 1000)} ago` : `in ${duration(s * 1000 - now)}`})`];
  const fields: Field[] = [
    ...["alg", "typ", "kid"].flatMap((n) => (str(header, n) ? [{ name: n, value: str(header, n) ?? "" }] : [])),
    ...["iss", "sub", "azp", "client_id", "scope", "scp"].flatMap((n) =>
      claims[n] === undefined
        ? []
        : [{ name: n, value: clip(typeof claims[n] === "string" ? (claims[n] as string) : JSON.stringify(claims[n])) }],
    ),
    ...(claims.aud === undefined ? [] : [{ name: "aud", value: clip(audienceOf(claims).join(", ") || JSON.stringify(claims.aud)) }]),
    ...when(exp).map((value) => ({ name: "exp", value })),
    ...when(nbf).map((value) => ({ name: "nbf", value })),
    ...when(iat).map((value) => ({ name: "iat", value })),
    ...(exp !== undefined && iat !== undefined ? [{ name: "Lifetime (exp − iat)", value: `${exp - iat} s` }] : []),
  ];
  const notes = ["Decoded in this page only: the signature is not verified, and nothing is sent."];
  if (exp === undefined) notes.push("The token has no exp claim, so nothing here says when it expires.");
  if (!context.expectedAudience || !context.expectedIssuer)
    notes.push("Type the audience and the issuer your API expects to compare them with aud and iss.");
  return { ...base, fields, findings, notes };
}

/** How the token sits in an Authorization header: once, after one `Bearer `, without quotes. */
function headerFindings(text: string, start: number): Finding[] {
  const before = text.slice(Math.max(0, start - 40), start);
  const problem = /Bearer\s+Bearer\s*$/i.test(before)
    ? "Bearer appears twice before the token"
    : /Bearer\s*["']$/i.test(before)
      ? "The token is in quotes after Bearer"
      : undefined;
  return problem
    ? [
        {
          severity: "problem",
          title: problem,
          detail:
            "The header must be exactly Authorization: Bearer, one space and the bare token. A doubled Bearer or quotes make APIs answer 401 invalid_token (Spring Security: Bearer token is malformed).",
          links: [JWT.notAJwt],
        },
      ]
    : [];
}

function timeFindings(exp: number | undefined, nbf: number | undefined, iat: number | undefined, now: number): Finding[] {
  const findings: Finding[] = [];
  if (exp !== undefined && exp * 1000 < now) {
    const late = (now - exp * 1000) / 1000;
    findings.push({
      severity: "problem",
      title: `Expired ${duration(now - exp * 1000)} ago`,
      detail: `exp is ${utc(exp * 1000)}; by this page's clock it is now ${utc(now)}. ${allowanceSentence(late)} Get a new token (refresh it or sign in again), and renew before exp from then on.`,
      links: [JWT.notRefreshed, JWT.clockSkew],
    });
  } else if (exp !== undefined)
    findings.push({
      severity: "ok",
      title: `Valid for another ${duration(exp * 1000 - now)}`,
      detail: `exp is ${utc(exp * 1000)}, later than now by this page's clock.`,
      links: [JWT.notRefreshed],
    });
  if (nbf !== undefined && nbf * 1000 > now)
    findings.push({
      severity: "problem",
      title: `Not valid for another ${duration(nbf * 1000 - now)} (nbf)`,
      detail: `nbf is ${utc(nbf * 1000)}, later than now by this page's clock. Verifiers refuse a token before its nbf. ${allowanceSentence((nbf * 1000 - now) / 1000)} A token fetched seconds ago that is not valid yet points at a clock that is off, on the issuer or the verifier.`,
      links: [HTTP.clockSkew],
    });
  if (iat !== undefined && iat * 1000 > now + 1000)
    findings.push({
      severity: "warning",
      title: `Issued ${duration(iat * 1000 - now)} in the future (iat)`,
      detail: `iat is ${utc(iat * 1000)}. Some libraries reject a future iat, as PyJWT does; the issuer's clock is ahead of this one.`,
      links: [HTTP.clockSkew],
    });
  if (exp !== undefined && (exp < 365 * 86400 || (iat !== undefined && exp <= iat)))
    findings.push({
      severity: "problem",
      title: exp < 365 * 86400 ? "exp lies in 1970" : "exp is not later than iat",
      detail: `exp is ${exp}${iat !== undefined ? ` and iat is ${iat}` : ""}. Code that issues tokens gets here by passing a duration where a timestamp belongs (jose's setExpirationTime(3600)), a zero ExpiresAt (golang-jwt), or a naive local datetime to PyJWT.`,
      links: [JWT.expComputedWrong],
    });
  else if (exp !== undefined && iat !== undefined && exp - iat < 300)
    findings.push({
      severity: "warning",
      title: `A lifetime of only ${exp - iat} s`,
      detail: `exp − iat is ${exp - iat} s. A unit-less string in jsonwebtoken's expiresIn is read as milliseconds ("3600" lasts 3.6 s); if the short lifetime is intended, it must cover the work the token is used for.`,
      links: [JWT.expComputedWrong, JWT.lifetimeTooShort],
    });
  return findings;
}

function algorithmFindings(header: Json, claims: Json): Finding[] {
  const alg = str(header, "alg") ?? "";
  const kid = str(header, "kid");
  const iss = str(claims, "iss");
  const jwks = iss
    ? `ISSUER="${iss}"\nJWKS_URI=$(curl -sS "\${ISSUER%/}/.well-known/openid-configuration" | jq -r '.jwks_uri')\ncurl -sS "$JWKS_URI" | jq -r '.keys[] | "\\(.kid) \\(.alg // "-") \\(.use // "-")"'`
    : undefined;
  if (alg.toLowerCase() === "none")
    return [
      {
        severity: "problem",
        title: "alg is none: the token is not signed",
        detail:
          "An API that verifies tokens with its issuer's keys refuses a token signed some other way than it expects (Spring Security: Another algorithm expected, or no matching key(s) found). Get the token from the issuer the API trusts.",
        links: [JWT.keyNotFound],
      },
    ];
  if (/^HS\d{3}$/.test(alg))
    return [
      {
        severity: "info",
        title: `${alg}: signed with a shared secret`,
        detail: `An API that expects the issuer's public keys (from its JWKS) refuses a token signed with a shared secret${kid ? "" : ", and this one names no kid to look up"}. If your API verifies with the issuer's keys, this token comes from elsewhere.`,
        links: [JWT.keyNotFound],
      },
    ];
  return kid
    ? [
        {
          severity: "info",
          title: `Signed with the key "${clip(kid, 60)}"`,
          detail:
            "The API looks this kid up in the JSON Web Key Set of the issuer it is configured with. If the kid is not listed there, the API answers invalid_token (The signature key was not found, no matching key(s) found).",
          links: [JWT.keyNotFound],
          command: jwks,
        },
      ]
    : [];
}

function expectationFindings(claims: Json, { expectedAudience, expectedIssuer }: AnalyzeContext): Finding[] {
  const findings: Finding[] = [];
  const audience = audienceOf(claims);
  const wanted = expectedAudience?.trim();
  if (wanted)
    findings.push(
      audience.includes(wanted)
        ? {
            severity: "ok",
            title: `aud contains ${wanted}`,
            detail: "The audience check passes for the value you typed.",
            links: [JWT.wrongAudience],
          }
        : {
            severity: "problem",
            title: `aud does not contain ${wanted}`,
            detail: `aud is ${audience.length ? audience.join(", ") : "missing"}. The API accepts a token only when aud names it; a token for another API, or the ID token (whose aud is your app's client ID), gets 401 invalid_token (The aud claim is not valid, Unexpected 'aud' value, The audience is invalid).`,
            links: [JWT.wrongAudience],
          },
    );
  const issuer = str(claims, "iss");
  const expected = expectedIssuer?.trim();
  if (expected)
    findings.push(
      issuer === expected
        ? { severity: "ok", title: "iss is the issuer you expect", detail: "The strings are identical.", links: [JWT.wrongIssuer] }
        : {
            severity: "problem",
            title: "iss is not the issuer you expect",
            detail: `iss is ${issuer === undefined ? "missing" : JSON.stringify(issuer)}, the API expects ${JSON.stringify(expected)}.${
              issuer !== undefined && issuer.replace(/\/$/, "") === expected.replace(/\/$/, "")
                ? " They differ only by a trailing slash, and issuers are compared character by character."
                : ""
            } The API answers 401 invalid_token (The iss claim is not valid, The issuer is invalid).`,
            links: [JWT.wrongIssuer],
          },
    );
  return findings;
}
