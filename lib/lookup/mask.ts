/**
 * Masks secrets in pasted text before it is shown, put in a URL, sent or logged. Runs in the browser
 * (before anything leaves it) and again on the server. Key-ID prefixes (AKIA, ASIA…) are kept: they
 * tell long-term from temporary credentials, which diagnosis needs; the rest of the key is hidden.
 */
export type MaskKind =
  | "AWS access key ID"
  | "AWS secret access key"
  | "AWS session token"
  | "request signature"
  | "Authorization header"
  | "bearer token"
  | "JSON Web Token";

export type MaskResult = { text: string; masked: { kind: MaskKind; count: number }[] };

const HIDDEN = "[masked]";

type Rule = { kind: MaskKind; pattern: RegExp; replace: (match: string, ...groups: string[]) => string };

// Order matters: whole headers and named values first, then free-standing shapes.
const RULES: Rule[] = [
  {
    kind: "Authorization header",
    pattern: /(\bAuthorization["']?\s*[:=]\s*["']?)((?:AWS4-HMAC-SHA256|Bearer|Basic|Digest|Token|AWS)\s+)?[^\r\n"']+/gi,
    replace: (_m, head: string, scheme: string) => `${head}${scheme}${HIDDEN}`,
  },
  {
    kind: "AWS secret access key",
    pattern: /((?:aws_?)?secret_?access_?key["']?\s*[:=]\s*["']?)[A-Za-z0-9/+=]{16,}/gi,
    replace: (_m, head: string) => `${head}${HIDDEN}`,
  },
  {
    kind: "AWS session token",
    pattern: /((?:aws_?)?(?:session|security)_?token["']?\s*[:=]\s*["']?|X-Amz-Security-Token[=:]\s*)[A-Za-z0-9/+=%_-]{16,}/gi,
    replace: (_m, head: string) => `${head}${HIDDEN}`,
  },
  {
    kind: "request signature",
    pattern: /((?:X-Amz-)?Signature\s*[=:]\s*)[0-9a-fA-F]{16,}/g,
    replace: (_m, head: string) => `${head}${HIDDEN}`,
  },
  {
    kind: "bearer token",
    pattern: /(\bBearer\s+)[A-Za-z0-9\-._~+/]{8,}=*/g,
    replace: (_m, head: string) => `${head}${HIDDEN}`,
  },
  {
    kind: "JSON Web Token",
    pattern: /\beyJ[A-Za-z0-9_-]{5,}\.[A-Za-z0-9_-]{5,}\.[A-Za-z0-9_-]*/g,
    replace: () => HIDDEN,
  },
  {
    kind: "AWS access key ID",
    pattern: /\b(AKIA|ASIA|AROA|AIDA|AIPA|ANPA|ANVA|AGPA|APKA|ABIA|ACCA|ASCA)[A-Z0-9]{16}\b/g,
    replace: (_m, prefix: string) => `${prefix}${HIDDEN}`,
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
    pattern: /(?<![A-Za-z0-9/+=])(?=[A-Za-z0-9/+]*[a-z])(?=[A-Za-z0-9/+]*[A-Z])(?=[A-Za-z0-9/+]*[0-9/+])[A-Za-z0-9/+]{40}(?![A-Za-z0-9/+=])/g,
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
