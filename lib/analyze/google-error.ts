import { GOOGLE } from "./guides";
import { routeCode } from "./route";
import { clip, isObject, parseJson, str, type Json } from "./text";
import type { AnalyzeContext, Analysis, Field, Finding, GuideLink } from "./types";

/**
 * A Google API error: the JSON `error` object (code, status, message, details with an ErrorInfo reason,
 * domain and metadata), or the same fields as gcloud and client libraries print them. The ErrorInfo
 * reason decides the guide; the status alone routes to its guide when there is none.
 */

type Read = { code?: number; status?: string; message?: string; reason?: string; domain?: string; metadata: Record<string, string> };

function fromJson(value: unknown): Read | undefined {
  const error = isObject(value) ? value.error : Array.isArray(value) && isObject(value[0]) ? value[0].error : undefined;
  if (!isObject(error)) return undefined;
  const details = Array.isArray(error.details) ? error.details.filter(isObject) : [];
  const info: Json | undefined = details.find((d) => str(d, "reason") !== undefined);
  const metadata = isObject(info?.metadata)
    ? Object.fromEntries(Object.entries(info.metadata).flatMap(([k, v]) => (typeof v === "string" ? [[k, v]] : [])))
    : {};
  return {
    code: typeof error.code === "number" ? error.code : undefined,
    status: str(error, "status"),
    message: str(error, "message"),
    reason: str(info, "reason") ?? (Array.isArray(error.errors) ? str(error.errors[0], "reason") : undefined),
    domain: str(info, "domain"),
    metadata,
  };
}

/** The same fields from text that is not JSON (Python's dict repr, gcloud's YAML, a log line). Bounded patterns only. */
function fromText(text: string): Read {
  const field = (name: string, value: string) => new RegExp(`["']?\\b${name}["']?\\s*[:=]\\s*["']?(${value})`).exec(text)?.[1];
  const metadata: Record<string, string> = {};
  for (const key of ["consumer", "service", "permission", "resource"]) {
    const value = field(key, "[\\w./:-]{1,200}");
    if (value) metadata[key] = value;
  }
  const code = field("code", "\\d{3}") ?? /googleapi: Error (\d{3})/.exec(text)?.[1];
  return {
    code: code ? Number(code) : undefined,
    status: field("status", "[A-Z_]{3,40}"),
    message: field("message", `[^"'\\n]{1,500}`) ?? /googleapi: Error \d{3}: ([^\n]{1,500})/.exec(text)?.[1],
    reason: field("reason", "[A-Z][A-Z_]{2,60}"),
    domain: field("domain", "[\\w.]{1,100}"),
    metadata,
  };
}

/** ErrorInfo reasons that decide the cause, as the Google Cloud guides name them. */
const BY_REASON: Record<string, { title: string; links: GuideLink[]; command?: (m: Record<string, string>) => string }> = {
  SERVICE_DISABLED: {
    title: "The API is not enabled in the project the call is billed to",
    links: [GOOGLE.apiNotEnabled, GOOGLE.otherProject],
    command: (m) =>
      `gcloud services enable ${m.service ?? "SERVICE"} --project=${(m.consumer ?? "projects/PROJECT_ID").replace(/^projects\//, "")}`,
  },
  USER_PROJECT_DENIED: { title: "The caller may not use the quota project", links: [GOOGLE.quotaProjectDenied] },
  BILLING_DISABLED: { title: "The consumer project has no active billing account", links: [GOOGLE.billingDisabled] },
  IAM_PERMISSION_DENIED: { title: "No role grants the permission to this principal", links: [GOOGLE.missingRole, GOOGLE.wrongPrincipal] },
  ACCESS_TOKEN_SCOPE_INSUFFICIENT: { title: "The access token lacks the OAuth scope the API requires", links: [GOOGLE.scope] },
  SECURITY_POLICY_VIOLATED: { title: "A VPC Service Controls perimeter blocks the request", links: [GOOGLE.vpcSc] },
  CONSUMER_INVALID: { title: "The request is charged to a project that cannot be used", links: [GOOGLE.consumerInvalid] },
  API_KEY_INVALID: { title: "The API key is invalid, deleted or mangled", links: [GOOGLE.apiKeyInvalid] },
  CREDENTIALS_MISSING: { title: "No credential the API accepts reached Google", links: [GOOGLE.noCredentials] },
  ACCESS_TOKEN_EXPIRED: { title: "The access token has expired", links: [GOOGLE.tokenExpired] },
  ACCESS_TOKEN_TYPE_UNSUPPORTED: { title: "The token is not of a type this API accepts", links: [GOOGLE.wrongToken] },
};

/** Messages that decide the cause when the body has no ErrorInfo. */
const BY_MESSAGE: [RegExp, string, GuideLink[]][] = [
  [/requires a quota project/i, "User credentials without a quota project", [GOOGLE.noQuotaProject]],
  [/API keys are not supported by this API/i, "An API key was sent to an API that needs OAuth credentials", [GOOGLE.apiKeyNotAccepted]],
  [
    /has not been used in project .{1,200} before or it is disabled/i,
    "The API is not enabled in the project the call is billed to",
    [GOOGLE.apiNotEnabled, GOOGLE.otherProject],
  ],
  [
    /Request had invalid authentication credentials/i,
    "The credential sent is expired or not a Google access token",
    [GOOGLE.tokenExpired, GOOGLE.wrongToken],
  ],
  [/Request is missing required authentication credential/i, "No credential the API accepts reached Google", [GOOGLE.noCredentials]],
];

export function analyzeGoogleError(text: string, context: AnalyzeContext): Analysis {
  const parsed = parseJson(text.trim());
  const read = (parsed.ok && fromJson(parsed.value)) || fromText(text);
  const findings: Finding[] = [];
  const notes: string[] = [];
  const byReason = read.reason ? BY_REASON[read.reason] : undefined;
  const byMessage = read.message ? BY_MESSAGE.find(([pattern]) => pattern.test(read.message ?? "")) : undefined;
  if (byMessage && (!byReason || byMessage[2][0] === GOOGLE.noQuotaProject))
    // The quota-project message arrives with reason SERVICE_DISABLED: the message is the one that tells.
    findings.push({ severity: "problem", title: byMessage[1], detail: detail(read), links: byMessage[2] });
  else if (byReason)
    findings.push({
      severity: "problem",
      title: byReason.title,
      detail: detail(read),
      links: byReason.links,
      command: byReason.command?.(read.metadata),
    });
  else {
    const routed = routeCode(read.reason ?? read.status ?? "", context);
    if (routed.finding) findings.push(routed.finding);
    if (routed.note && (read.reason || read.status)) notes.push(routed.note);
  }
  const fields: Field[] = [
    ...(read.code !== undefined ? [{ name: "code", value: String(read.code) }] : []),
    ...(read.status ? [{ name: "status", value: read.status }] : []),
    ...(read.reason ? [{ name: "reason", value: read.reason }] : []),
    ...(read.domain ? [{ name: "domain", value: read.domain }] : []),
    ...Object.entries(read.metadata).map(([k, v]) => ({ name: `metadata.${k}`, value: clip(v) })),
    ...(read.message ? [{ name: "message", value: clip(read.message, 300) }] : []),
  ];
  return { kind: "google-error", label: "Google API error", fields, findings, notes };
}

function detail(read: Read): string {
  const said = [read.status && `status ${read.status}`, read.reason && `reason ${read.reason}`].filter(Boolean).join(", ");
  const where = [
    read.metadata.service && `service ${read.metadata.service}`,
    read.metadata.consumer && `consumer ${read.metadata.consumer}`,
    read.metadata.permission && `permission ${read.metadata.permission}`,
    read.metadata.resource && `resource ${read.metadata.resource}`,
  ].filter(Boolean);
  return `The body says ${said || "so in its message"}${where.length ? `; it names the ${where.join(", ")}` : ""}. The guide's check tells which of its causes this is.`;
}
