import { corsAnalysis } from "./cors";
import type { Exchange, Header } from "./headers";
import { isObject, str, type Json } from "./text";
import type { Analysis } from "./types";

/**
 * A HAR file (DevTools: Save all as HAR) or one entry of it: the cross-origin exchanges in it, each read
 * by the CORS analyzer. At most MAX_ENTRIES are shown, those with problems first.
 */
const MAX_ENTRIES = 10;

function headersOf(message: unknown, side: Header["side"]): Header[] {
  const list = isObject(message) && Array.isArray(message.headers) ? message.headers : [];
  return list.flatMap((h) =>
    isObject(h) && str(h, "name") !== undefined ? [{ name: (str(h, "name") ?? "").toLowerCase(), value: str(h, "value") ?? "", side }] : [],
  );
}

function exchangeOf(entry: Json): Exchange {
  const { request, response } = entry;
  const status = isObject(response) && typeof response.status === "number" ? response.status : undefined;
  return {
    method: str(request, "method")?.toUpperCase(),
    url: str(request, "url"),
    status: status === 0 ? undefined : status,
    headers: [...headersOf(request, "request"), ...headersOf(response, "response")],
  };
}

/** Entries as a HAR file or a single entry holds them. */
export function harEntries(value: unknown): Json[] {
  if (isObject(value) && isObject(value.log) && Array.isArray(value.log.entries)) return value.log.entries.filter(isObject);
  if (isObject(value) && isObject(value.request) && isObject(value.response)) return [value];
  return [];
}

const crossOrigin = (e: Exchange) =>
  e.method === "OPTIONS" || e.headers.some((h) => h.name === "origin" || h.name.startsWith("access-control-"));

export function analyzeHar(value: unknown): Analysis[] {
  const exchanges = harEntries(value).map(exchangeOf).filter(crossOrigin);
  if (exchanges.length === 0)
    return [
      {
        kind: "har",
        label: "HAR file",
        fields: [{ name: "Entries", value: String(harEntries(value).length) }],
        findings: [],
        unreadable: "No entry in it is a cross-origin request (none has an Origin header, a CORS header or the OPTIONS method).",
      },
    ];
  const analyses = exchanges.map((e) => {
    const where = (e.url ?? "").replace(/[?#].*$/, "");
    return { ...corsAnalysis(e, `${e.method ?? "?"} ${where} → ${e.status ?? "no response"}`), kind: "har" as const };
  });
  const rank = (a: Analysis) => (a.findings.some((f) => f.severity === "problem") ? 0 : 1);
  const shown = [...analyses].sort((a, b) => rank(a) - rank(b)).slice(0, MAX_ENTRIES);
  if (analyses.length > MAX_ENTRIES) {
    const last = shown[shown.length - 1];
    if (last) last.notes = [...(last.notes ?? []), `${analyses.length - MAX_ENTRIES} more cross-origin entries are not shown.`];
  }
  return shown;
}
