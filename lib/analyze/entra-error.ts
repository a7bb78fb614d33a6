import { routeCode } from "./route";
import { clip, isObject, parseJson, str } from "./text";
import type { AnalyzeContext, Analysis, Field, Finding } from "./types";

/**
 * A Microsoft Entra ID (AADSTS) error: the token endpoint's JSON (error, error_description, error_codes,
 * trace_id, correlation_id, timestamp) or the description as a sign-in page or a library prints it, read
 * field by field; the code routes to a guide when a published one covers it.
 */
export function analyzeEntraError(text: string, context: AnalyzeContext): Analysis {
  const parsed = text.trim().startsWith("{") ? parseJson(text.trim()) : undefined;
  const json = parsed?.ok && isObject(parsed.value) ? parsed.value : undefined;
  const description = str(json, "error_description") ?? text;
  const code = /AADSTS\d{4,7}/.exec(description)?.[0] ?? /AADSTS\d{4,7}/.exec(text)?.[0] ?? "";
  const pick = (key: string, label: string) => str(json, key) ?? new RegExp(`${label}:\\s*([\\w:.-]{1,80})`, "i").exec(text)?.[1];
  const trace = pick("trace_id", "Trace ID");
  const correlation = pick("correlation_id", "Correlation ID");
  const timestamp = pick("timestamp", "Timestamp");
  const error = str(json, "error");
  const summary = (description.split(/\r?\n|\\r\\n/)[0] ?? "").replace(/^AADSTS\d+:\s*/, "");
  const findings: Finding[] = [];
  const notes: string[] = [];
  for (const candidate of [code, error].filter((c): c is string => Boolean(c))) {
    const routed = routeCode(candidate, context);
    if (routed.finding) {
      findings.push(routed.finding);
      break;
    }
    if (candidate === code && routed.note) notes.push(routed.note);
  }
  // No Fixpath guide covers Entra ID yet: Microsoft's own lookup page describes every AADSTS code.
  if (findings.length === 0 && code)
    findings.push({
      severity: "info",
      title: `Microsoft describes ${code} on its error lookup page`,
      detail: `Entra ID's description above is the first thing to read. Microsoft's lookup page gives the code's meaning and remediation; give the trace and correlation ids to whoever runs the tenant.`,
      links: [
        { href: `https://login.microsoftonline.com/error?code=${code.slice("AADSTS".length)}`, label: `Microsoft's page for ${code}` },
      ],
    });
  const fields: Field[] = [
    ...(code ? [{ name: "Code", value: code }] : []),
    ...(error ? [{ name: "error", value: error }] : []),
    ...(summary ? [{ name: "Description", value: clip(summary, 300) }] : []),
    ...(trace ? [{ name: "Trace ID", value: trace }] : []),
    ...(correlation ? [{ name: "Correlation ID", value: correlation }] : []),
    ...(timestamp ? [{ name: "Timestamp", value: timestamp }] : []),
  ];
  return { kind: "entra-error", label: "Microsoft Entra ID error", fields, findings, notes };
}
