/**
 * What an analyzer returns. Analyzers are pure functions of the pasted text and the time they are given:
 * they never fetch, store or log anything, so the same code runs in the browser, the tests and the bench.
 */

/** A place in a guide that backs a finding: a guide path with a cause (or section) anchor. */
export type GuideLink = { href: string; label: string };

/**
 * - problem: the artifact is refused as it is (the error it causes is named);
 * - warning: it may be refused, or was changed in a way guides name as a cause;
 * - info: a fact the guides say matters for this artifact;
 * - ok: a check that passed (said so that a correct artifact is not met with silence).
 */
export type Severity = "problem" | "warning" | "info" | "ok";

export type Finding = {
  severity: Severity;
  /** One sentence: what is wrong, in the artifact's own terms. */
  title: string;
  /** Why, with the numbers read from the artifact; what the guides say follows from it. */
  detail: string;
  /** At least one: every finding is backed by a guide section. */
  links: GuideLink[];
  /** A command that checks or fixes it, when the guide gives one. */
  command?: string;
};

/** A value read from the artifact, shown as read (secrets are never fields). */
export type Field = { name: string; value: string };

export type ArtifactKind =
  "presigned-url" | "sigv4-header" | "access-key-id" | "jwt" | "http-headers" | "har" | "google-error" | "entra-error" | "aws-error";

export type Analysis = {
  kind: ArtifactKind;
  /** "AWS presigned URL", "JSON Web Token", … */
  label: string;
  fields: Field[];
  findings: Finding[];
  /** Said instead of findings when the artifact could not be read (invalid base64, a truncated URL…). */
  unreadable?: string;
  /** Limits of what could be read (a token's claims are read, its signature is never checked). */
  notes?: string[];
};

/** A guide the error-body analyzers can route a code to (built from the published library by the page). */
export type CodeRoute = { href: string; label: string };

export type AnalyzeContext = {
  /** Milliseconds since the epoch: the time every expiry is judged against. */
  now: number;
  /** Error codes and aliases of published guides (`AccessDenied` → its guide's causes). */
  codes?: Readonly<Record<string, CodeRoute>>;
  /** What the API expects, when the reader typed it: compared with a token's `aud` and `iss`. */
  expectedAudience?: string;
  expectedIssuer?: string;
};
