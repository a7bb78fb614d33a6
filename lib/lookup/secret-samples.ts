/**
 * Secrets of every kind the lookup masks, generated at random from a fixed seed (so a failure can be
 * replayed), and random surrounding words: the samples of the masking property tests (unit and browser).
 */
let seed = 20261203;
/** Starts the sequence again from a seed. */
export function reseed(value: number) {
  seed = value;
}
export function random(): number {
  // mulberry32
  seed |= 0;
  seed = (seed + 0x6d2b79f5) | 0;
  let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
}
export const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)] as T;
const chars = (alphabet: string, n: number) => Array.from({ length: n }, () => pick([...alphabet])).join("");
const UPPER = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
const LOWER = "abcdefghijklmnopqrstuvwxyz";
const DIGITS = "0123456789";
const ALNUM = UPPER + LOWER + DIGITS;
const B64 = `${ALNUM}+/`;
const B64URL = `${ALNUM}-_`;
/** A random string from an alphabet that certainly mixes the classes masking looks for. */
const mixed = (alphabet: string, n: number) => `${pick([...UPPER])}${pick([...LOWER])}${pick([...DIGITS])}${chars(alphabet, n - 3)}`;

/** Each kind: the secret part (what must disappear) and how it is written in a paste. */
export const KINDS: Record<string, () => { secret: string; paste: string }> = {
  "AWS access key ID": () => {
    const s = chars(UPPER + DIGITS, 16);
    return { secret: s, paste: `${pick(["AKIA", "ASIA"])}${s}` };
  },
  "AWS secret access key (named)": () => {
    const s = mixed(B64, 40);
    return { secret: s, paste: `${pick(["aws_secret_access_key = ", "AWS_SECRET_ACCESS_KEY=", '"SecretAccessKey": "'])}${s}` };
  },
  "AWS secret access key (alone)": () => {
    const s = mixed(B64, 40);
    return { secret: s, paste: s };
  },
  "AWS session token": () => {
    const s = mixed(B64, 180 + Math.floor(random() * 300));
    return { secret: s.slice(0, 60), paste: `${pick(["AWS_SESSION_TOKEN=", "X-Amz-Security-Token=", ""])}${s}` };
  },
  "presigned URL signature": () => {
    const s = chars("0123456789abcdef", 64);
    return { secret: s, paste: `https://b.s3.amazonaws.com/k?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Signature=${s}` };
  },
  "bearer token": () => {
    const s = mixed(B64URL, 30 + Math.floor(random() * 40));
    return { secret: s, paste: `${pick(["Authorization: Bearer ", "authorization: bearer ", "Bearer "])}${s}` };
  },
  "JSON Web Token": () => {
    const s = `eyJ${chars(B64URL, 30)}.eyJ${chars(B64URL, 60)}.${chars(B64URL, 43)}`;
    return { secret: s.slice(3), paste: s };
  },
  "basic credentials": () => {
    const s = mixed(B64, 24);
    return { secret: s, paste: `Authorization: Basic ${s}` };
  },
  "password in a URL": () => {
    const s = mixed(ALNUM + "!$*", 12);
    return { secret: s, paste: `${pick(["postgres", "mysql", "redis", "https", "amqp"])}://admin:${s}@db.internal:5432/app` };
  },
  "password= pair": () => {
    const s = mixed(ALNUM + "!$#", 14);
    return { secret: s, paste: `${pick(["password", "PASSWORD", "secret", "client_secret", "token", "api_key", "pwd"])}=${s}` };
  },
  "JSON password": () => {
    const s = mixed(ALNUM, 18);
    return { secret: s, paste: `{"password": "${s}"}` };
  },
  "GitHub token": () => {
    const s = chars(ALNUM, 36);
    return { secret: s, paste: `${pick(["ghp_", "gho_", "ghs_", "ghu_", "github_pat_"])}${s}` };
  },
  "GitLab token": () => {
    const s = mixed(`${ALNUM}_-`, 20);
    return { secret: s, paste: `glpat-${s}` };
  },
  "Slack token": () => {
    const s = `${chars(DIGITS, 12)}-${chars(DIGITS, 12)}-${chars(ALNUM, 24)}`;
    return { secret: s, paste: `${pick(["xoxb-", "xoxp-"])}${s}` };
  },
  "Stripe key": () => {
    const s = chars(ALNUM, 24);
    return { secret: s, paste: `${pick(["sk_live_", "sk_test_", "rk_live_"])}${s}` };
  },
  "npm token": () => {
    const s = chars(ALNUM, 36);
    return { secret: s, paste: pick([`npm_${s}`, `//registry.npmjs.org/:_authToken=npm_${s}`]) };
  },
  "Google API key": () => {
    const s = chars(`${ALNUM}_-`, 35);
    return { secret: s, paste: `AIza${s}` };
  },
  "Google access token": () => {
    const s = chars(`${ALNUM}_-`, 60);
    return { secret: s, paste: `ya29.${s}` };
  },
  "Azure storage key": () => {
    const s = `${mixed(B64, 86)}==`;
    return {
      secret: s.slice(0, 40),
      paste: `DefaultEndpointsProtocol=https;AccountName=acct;AccountKey=${s};EndpointSuffix=core.windows.net`,
    };
  },
  "Azure SAS signature": () => {
    const s = `${mixed(ALNUM, 40)}%3D`;
    return { secret: s, paste: `https://acct.blob.core.windows.net/c/b?sv=2022-11-02&ss=b&sp=r&sig=${s}` };
  },
  "PEM private key": () => {
    const body = Array.from({ length: 4 }, () => chars(B64, 64)).join("\n");
    return {
      secret: body.slice(0, 64),
      paste: `-----BEGIN ${pick(["", "RSA ", "EC ", "OPENSSH "])}PRIVATE KEY-----\n${body}\n-----END PRIVATE KEY-----`,
    };
  },
};

const WORDS = [
  "deploy",
  "failed",
  "error",
  "status",
  "request",
  "InvalidClientTokenId",
  "401",
  "Unauthorized",
  "AccessDenied",
  "retry",
  "region",
  "us-east-1",
  "403",
  "Forbidden",
  "(see",
  "logs)",
  "at",
  "line",
  "42:",
];
export const surroundings = () => Array.from({ length: 3 + Math.floor(random() * 6) }, () => pick(WORDS));
