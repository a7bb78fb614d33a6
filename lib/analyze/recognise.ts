import { findJwt } from "./jwt-find";
import type { ArtifactKind } from "./types";

/**
 * Which analyzers a paste is for. Small and linear on purpose: the lookup box runs it on every paste (it
 * is all the box loads to offer "Analyze this"), so it uses indexOf and patterns anchored to a literal,
 * never a pattern that could backtrack over a 2 MB paste.
 */

/** Where a JSON body or HAR file is told apart: its first 64 KiB say what it is. */
const HEAD = 65_536;

export const ARTIFACT_LABELS: Record<ArtifactKind, string> = {
  "presigned-url": "a presigned URL",
  "sigv4-header": "a SigV4 Authorization header",
  "access-key-id": "an AWS access key ID",
  jwt: "a JSON Web Token",
  "http-headers": "CORS response headers",
  har: "a HAR file",
  "google-error": "a Google API error",
  "entra-error": "a Microsoft Entra ID error",
  "aws-error": "an AWS error",
};

export function recogniseArtifacts(text: string): ArtifactKind[] {
  const head = text.slice(0, HEAD);
  const json = /^\s*[[{]/.test(head);
  // A HAR file holds every other kind in its requests and bodies: it is read as the exchanges it records.
  if (json && head.includes('"log"') && head.includes('"entries"')) return ["har"];
  if (json && head.includes('"request"') && head.includes('"response"') && head.includes('"headers"')) return ["har"];
  const kinds: ArtifactKind[] = [];
  if (/X-Amz-(?:Credential|Signature)=/i.test(text)) kinds.push("presigned-url");
  else if (text.includes("AWS4-HMAC-SHA256") && text.includes("Credential=")) kinds.push("sigv4-header");
  if (findJwt(head)) kinds.push("jwt");
  if (/\bAADSTS\d{4,7}\b/.test(head)) kinds.push("entra-error");
  else if (
    /\breason["']?\s{0,4}[:=]\s{0,4}["']?[A-Z]{2,30}_[A-Z_]{2,40}\b|googleapi: Error \d{3}|type\.googleapis\.com\/google\.rpc/.test(head) ||
    (/["']error["']\s{0,4}:/.test(head) && /["']status["']\s{0,4}:\s{0,4}["'][A-Z][A-Z_]{3,40}["']/.test(head))
  )
    kinds.push("google-error");
  if (
    /<Code>[A-Za-z][\w.]{1,80}<\/Code>|"__type"\s{0,4}:|An error occurred \([A-Za-z]|Signature (?:expired|not yet current): \d{8}T/.test(
      head,
    )
  )
    kinds.push("aws-error");
  if (/^(?:[<>] )?(?:access-control-allow-[a-z-]{1,20}|access-control-request-[a-z-]{1,20}|origin):/im.test(head))
    kinds.push("http-headers");
  if (kinds.length === 0 && head.length <= 4000 && /A[KS]IA[A-Z0-9]{12,}/.test(head)) kinds.push("access-key-id");
  return kinds;
}
