import { analyzeAccessKey } from "./access-key";
import { analyzeAwsError } from "./aws-error";
import { analyzeCors } from "./cors";
import { analyzeEntraError } from "./entra-error";
import { analyzeGoogleError } from "./google-error";
import { analyzeHar } from "./har";
import { analyzeJwt } from "./jwt";
import { analyzePresignedUrl } from "./presigned-url";
import { recogniseArtifacts } from "./recognise";
import { analyzeSigV4Header } from "./sigv4-header";
import { parseJson } from "./text";
import type { AnalyzeContext, Analysis, ArtifactKind } from "./types";

export type { AnalyzeContext, Analysis, ArtifactKind, CodeRoute, Field, Finding, GuideLink, Severity } from "./types";
export { readClock, type ClockReading, type ClockSample } from "./clock";
export { ARTIFACT_LABELS, recogniseArtifacts } from "./recognise";

/** Larger pastes are refused with a message: no artifact is this big, and a browser tab stays responsive. */
export const MAX_PASTE_CHARS = 5 * 1024 * 1024;

export type PasteAnalysis = { analyses: Analysis[]; message?: string };

const READERS: Record<Exclude<ArtifactKind, "har">, (text: string, context: AnalyzeContext) => Analysis> = {
  "presigned-url": analyzePresignedUrl,
  "sigv4-header": analyzeSigV4Header,
  "access-key-id": analyzeAccessKey,
  jwt: analyzeJwt,
  "http-headers": analyzeCors,
  "google-error": analyzeGoogleError,
  "entra-error": analyzeEntraError,
  "aws-error": analyzeAwsError,
};

function readHar(text: string): Analysis[] {
  const parsed = parseJson(text.trim());
  return parsed.ok ? analyzeHar(parsed.value) : [{ kind: "har", label: "HAR file", fields: [], findings: [], unreadable: parsed.reason }];
}

/** Every analysis the paste is for, each run on its own: one analyzer failing never hides the others. */
export function analyzePaste(text: string, context: AnalyzeContext): PasteAnalysis {
  if (text.trim() === "") return { analyses: [] };
  if (text.length > MAX_PASTE_CHARS)
    return {
      analyses: [],
      message: `This paste is ${(text.length / 1_048_576).toFixed(1)} MB; the analyzers read up to 5 MB. Paste only the URL, token, header or error body.`,
    };
  const kinds = recogniseArtifacts(text);
  const json = /^\s*[[{]/.test(text) ? parseJson(text.trim()) : undefined;
  if (kinds.length === 0 && json && !json.ok)
    return { analyses: [], message: `This looks like JSON, but it cannot be read. ${json.reason}` };
  if (kinds.length === 0)
    return {
      analyses: [],
      message:
        "Nothing in this paste is an artifact these analyzers read: a presigned URL, a SigV4 Authorization header, an access key ID, a JWT, CORS response headers or a HAR file, or a Google, Entra ID or AWS error body.",
    };
  const analyses = kinds.flatMap((kind) => {
    try {
      return kind === "har" ? readHar(text) : [READERS[kind](text, context)];
    } catch {
      // A reader bug must not take the page down with it; say so instead of showing nothing.
      return [{ kind, label: kind, fields: [], findings: [], unreadable: "This part of the paste could not be read." } satisfies Analysis];
    }
  });
  return { analyses };
}
