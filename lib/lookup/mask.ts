/**
 * Masks secrets in pasted text before it is shown, sent, stored or logged: only the secret, never its
 * surroundings (an `Authorization: Bearer …` line keeps the `401 Unauthorized` after it). Runs in the
 * browser, before anything leaves it, and again on the server. Key-ID prefixes (AKIA, ASIA…) are kept:
 * they tell long-term from temporary credentials, which diagnosis needs.
 */
export type MaskKind =
  | "private key"
  | "password in a URL"
  | "password or secret"
  | "AWS access key ID"
  | "AWS secret access key"
  | "AWS session token"
  | "request signature"
  | "Authorization header"
  | "bearer token"
  | "JSON Web Token"
  | "GitHub token"
  | "GitLab token"
  | "Slack token"
  | "Stripe key"
  | "npm token"
  | "Google API key or token"
  | "Azure key or signature";

export type MaskResult = { text: string; masked: { kind: MaskKind; count: number }[] };

export const HIDDEN = "[masked]";

type Rule = { kind: MaskKind; pattern: RegExp; replace: (match: string, ...groups: string[]) => string };

/** Keeps the captured head (a name, a prefix) and hides the value after it. */
const keepHead = (_m: string, head: string) => `${head}${HIDDEN}`;

/** Names of fields whose value is a secret, in env files, query strings, JSON, YAML, .npmrc… */
const SECRET_NAMES =
  "password|passwd|pwd|pass|secret|client_secret|clientsecret|secret_key|api_?key|apikey|access_?token|refresh_?token|id_token|auth_?token|_authToken|token|sig|signature|accountkey|sharedaccesskey|private_key";

/** Values a secret-named field takes in error messages that are not secrets ("password: required"). */
const NOT_A_SECRET =
  /^(?:true|false|null|none|nil|undefined|unset|empty|required|missing|invalid|expired|provided|present|redacted|hidden|\*+|x+|\.{3}|…)$/i;

// Order matters: whole blocks and named values first, then free-standing shapes.
const RULES: Rule[] = [
  {
    kind: "private key",
    // Up to its END line, or (a key cut off mid-paste) to the end of the text.
    pattern: /-----BEGIN ([A-Z ]*)PRIVATE KEY-----[\s\S]*?(?:-----END [A-Z ]*PRIVATE KEY-----|$)/g,
    replace: (_m, type: string) => `-----BEGIN ${type}PRIVATE KEY----- ${HIDDEN} -----END ${type}PRIVATE KEY-----`,
  },
  {
    // scheme://user:password@host → scheme://user:[masked]@host
    kind: "password in a URL",
    pattern: /(\b[a-z][a-z0-9+.-]*:\/\/[^\s:/@?#]+:)[^\s@/?#]+(?=@)/gi,
    replace: keepHead,
  },
  {
    // Authorization: <scheme> <credentials>: only the credentials go.
    kind: "Authorization header",
    pattern:
      /(\bAuthorization["']?\s*[:=]\s*["']?(?:AWS4-HMAC-SHA256|AWS|Bearer|Basic|Digest|Token|Negotiate|SharedKey|SharedKeyLite)\s+)((?:[A-Za-z-]+="[^"]*"\s*,?\s*)+|(?:Credential=[^\s,]+,?\s*(?:SignedHeaders=[^\s,]+,?\s*)?(?:Signature=[0-9a-fA-F]+)?)|[^\s"',;]+)/gi,
    replace: keepHead,
  },
  {
    kind: "AWS secret access key",
    pattern: /((?:aws_?)?secret_?access_?key["']?\s*[:=]\s*["']?)[A-Za-z0-9/+=]{16,}/gi,
    replace: keepHead,
  },
  {
    kind: "AWS session token",
    pattern: /((?:aws_?)?(?:session|security)_?token["']?\s*[:=]\s*["']?|X-Amz-Security-Token[=:]\s*)[A-Za-z0-9/+=%_-]{16,}/gi,
    replace: keepHead,
  },
  {
    kind: "request signature",
    pattern: /((?:X-Amz-)?Signature\s*[=:]\s*)[0-9a-fA-F]{16,}/g,
    replace: keepHead,
  },
  {
    kind: "Azure key or signature",
    pattern: /((?:AccountKey|SharedAccessKey|SharedAccessSignature)\s*=\s*)[A-Za-z0-9+/%=]{16,}|([?&]sig=)[A-Za-z0-9%+/=]{10,}/g,
    replace: (_m, head: string, query: string) => `${head || query}${HIDDEN}`,
  },
  {
    // name=value, name: value, "name": "value" (env files, query strings, JSON, YAML, .npmrc)
    kind: "password or secret",
    pattern: new RegExp(`((?:^|[^A-Za-z0-9])(?:${SECRET_NAMES})["']?\\s*[:=]\\s*["']?)(?!\\[masked\\])([^\\s"'&,;}<>]{4,})`, "gim"),
    replace: (match: string, head: string, value: string) => (NOT_A_SECRET.test(value) ? match : `${head}${HIDDEN}`),
  },
  {
    kind: "bearer token",
    pattern: /(\bBearer\s+)(?!\[masked\])[A-Za-z0-9\-._~+/]{8,}=*/g,
    replace: keepHead,
  },
  {
    kind: "JSON Web Token",
    pattern: /\beyJ[A-Za-z0-9_-]{5,}\.[A-Za-z0-9_-]{5,}\.[A-Za-z0-9_-]*/g,
    replace: () => HIDDEN,
  },
  { kind: "GitHub token", pattern: /\b(gh[pousr]_|github_pat_)[A-Za-z0-9_]{20,}/g, replace: keepHead },
  { kind: "GitLab token", pattern: /\b(glpat-|gldt-|glrt-)[A-Za-z0-9_-]{20,}/g, replace: keepHead },
  {
    kind: "Slack token",
    pattern: /\b(xox[abposr]-)[A-Za-z0-9-]{10,}|(hooks\.slack\.com\/services\/)[A-Za-z0-9/]+/g,
    replace: (_m, a: string, b: string) => `${a || b}${HIDDEN}`,
  },
  { kind: "Stripe key", pattern: /\b((?:sk|rk)_(?:live|test)_|whsec_)[A-Za-z0-9]{10,}/g, replace: keepHead },
  { kind: "npm token", pattern: /\b(npm_)[A-Za-z0-9]{30,}/g, replace: keepHead },
  {
    kind: "Google API key or token",
    pattern: /\b(AIza)[0-9A-Za-z_-]{30,}|\b(ya29\.)[0-9A-Za-z_.-]{20,}|(?<![\w/])(1\/\/)[0-9A-Za-z_-]{20,}/g,
    replace: (_m, a: string, b: string, c: string) => `${a || b || c}${HIDDEN}`,
  },
  {
    kind: "AWS access key ID",
    pattern: /\b(AKIA|ASIA|AROA|AIDA|AIPA|ANPA|ANVA|AGPA|APKA|ABIA|ACCA|ASCA)[A-Z0-9]{16}\b/g,
    replace: keepHead,
  },
  {
    // A session token pasted on its own: a long unbroken base64 run (STS tokens are hundreds of characters).
    kind: "AWS session token",
    pattern: /(?<![A-Za-z0-9/+=])[A-Za-z0-9/+]{100,}={0,2}(?![A-Za-z0-9/+=])/g,
    replace: () => HIDDEN,
  },
  {
    // A secret key pasted on its own: exactly 40 base64 characters mixing cases and digits.
    kind: "AWS secret access key",
    pattern:
      /(?<![A-Za-z0-9/+=])(?=[A-Za-z0-9/+]*[a-z])(?=[A-Za-z0-9/+]*[A-Z])(?=[A-Za-z0-9/+]*[0-9/+])[A-Za-z0-9/+]{40}(?![A-Za-z0-9/+=])/g,
    replace: () => HIDDEN,
  },
];

export function maskSecrets(input: string): MaskResult {
  let text = input;
  const counts = new Map<MaskKind, number>();
  for (const rule of RULES) {
    text = text.replace(rule.pattern, (...args: unknown[]) => {
      const match = String(args[0]);
      // The callback gets the match, the capture groups, then the offset (a number) and the input.
      const offsetAt = args.findIndex((a, i) => i > 0 && typeof a === "number");
      const groups = args.slice(1, offsetAt).map((g) => (typeof g === "string" ? g : ""));
      const replaced = rule.replace(match, ...groups);
      if (replaced !== match) counts.set(rule.kind, (counts.get(rule.kind) ?? 0) + 1);
      return replaced;
    });
  }
  return { text, masked: [...counts].map(([kind, count]) => ({ kind, count })) };
}

/** "2 AWS access key IDs and 1 session token were masked." for the person who pasted them. */
export function describeMasking(masked: MaskResult["masked"]): string | undefined {
  if (masked.length === 0) return undefined;
  const parts = masked.map(({ kind, count }) => `${count} ${count === 1 ? kind : `${kind}s`}`);
  const list = parts.length === 1 ? parts[0] : `${parts.slice(0, -1).join(", ")} and ${parts.at(-1)}`;
  return `Masked: ${list}. Masked values are never shown, stored or put in a link.`;
}
