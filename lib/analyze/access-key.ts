import { AWS } from "./guides";
import type { Analysis, Finding } from "./types";

/**
 * An AWS access key ID, alone, as a config line, or in `env | grep AWS_` output: long-term (AKIA) or
 * temporary (ASIA, which needs its session token), its shape, and the command that names its account.
 */

const KEY = /A[KS]IA[A-Z0-9]{12,}/;

export function findAccessKey(text: string): string | undefined {
  return KEY.exec(text.slice(0, 4000))?.[0];
}

export function analyzeAccessKey(text: string): Analysis {
  const base = { kind: "access-key-id" as const, label: "AWS access key ID" };
  const head = text.slice(0, 4000);
  const keyId = findAccessKey(head);
  if (!keyId) return { ...base, fields: [], findings: [], unreadable: "No access key ID (AKIA… or ASIA…) was found." };
  const temporary = keyId.startsWith("ASIA");
  // `env | grep AWS_` output tells whether a session token travels with the key.
  const envDump = /^\s*(?:export\s+)?AWS_ACCESS_KEY_ID\s*=/m.test(head);
  const hasToken = /^\s*(?:export\s+)?AWS_SESSION_TOKEN\s*=\s*\S/m.test(head);
  const findings: Finding[] = [
    temporary
      ? {
          severity: "info",
          title: "ASIA: a temporary key issued by STS",
          detail:
            "Keys starting with ASIA come from assume-role, IAM Identity Center, an MFA session or an instance or container role. Every request made with one must carry the session token issued with it; without it AWS answers InvalidClientTokenId (S3: InvalidAccessKeyId).",
          links: [AWS.stsSessionToken, AWS.s3SessionToken],
        }
      : {
          severity: "info",
          title: "AKIA: a long-term key of an IAM user or the root user",
          detail:
            "It needs no session token. If AWS says it does not know the key, it is mistyped, deleted, deactivated or from another partition. get-access-key-info, run with any working identity, names the account that owns the key ID; it does not say whether the key still exists or is active.",
          links: [AWS.keyNotRecognised],
          command: `aws sts get-access-key-info --access-key-id ${keyId}`,
        },
  ];
  if (temporary)
    findings.push({
      severity: "info",
      title: "Which account owns it",
      detail:
        "get-access-key-info, run with any working identity, names the account that owns the key ID; it does not say whether the key is still valid.",
      links: [AWS.keyNotRecognised],
      command: `aws sts get-access-key-info --access-key-id ${keyId}`,
    });
  if (envDump && temporary && !hasToken)
    findings.push({
      severity: "problem",
      title: "AWS_ACCESS_KEY_ID is an ASIA key and AWS_SESSION_TOKEN is not set",
      detail:
        "A temporary key without its token is refused: InvalidClientTokenId from STS and the Query APIs, InvalidAccessKeyId from S3. Take the key, the secret and the token from one STS response, or use a profile that fetches them.",
      links: [AWS.stsSessionToken, AWS.s3SessionToken],
    });
  if (envDump && !temporary && hasToken)
    findings.push({
      severity: "warning",
      title: "AWS_SESSION_TOKEN is set next to a long-term AKIA key",
      detail: "A leftover token from an earlier session is sent with a key that takes none, and AWS refuses the pair.",
      links: [AWS.stsSessionToken],
      command: "unset AWS_SESSION_TOKEN",
    });
  return {
    ...base,
    fields: [
      { name: "Access key ID", value: keyId },
      { name: "Kind", value: temporary ? "temporary (ASIA)" : "long-term (AKIA)" },
      { name: "Length", value: `${keyId.length} characters` },
      ...(envDump ? [{ name: "Session token in the environment", value: hasToken ? "set (not shown)" : "not set" }] : []),
    ],
    findings,
    notes: ["A key ID is enough for these checks: never paste a secret access key or a session token."],
  };
}
