import { NextResponse, type NextRequest } from "next/server";
import { getLookup } from "@/lib/lookup/server";
import { checkQuery } from "@/lib/lookup/request";
import { safeJson } from "@/lib/lookup/json-response";

/**
 * GET /api/lookup?q=<text>: JSON with the masked query, the guides the text is identified as, and
 * full-text suggestions. Bad input gets a 400 or 413 JSON error; no input can cause a 5xx.
 */
export async function GET(request: NextRequest) {
  const checked = checkQuery(request.nextUrl.searchParams.get("q"));
  if (!checked.ok) return safeJson({ error: checked.error }, { status: checked.status });
  const { lookup } = getLookup();
  const { query, masked, matches, suggestions } = lookup(checked.text);
  return safeJson({ query, masked, matches, suggestions });
}

/**
 * POST from the lookup form when JavaScript is off: the text arrives in the body (never in a URL),
 * is masked here, and the reader is sent to the identified guide or to the suggestions page.
 */
export async function POST(request: NextRequest) {
  const form = await request.formData().catch(() => undefined);
  const checked = checkQuery(form?.get("q"));
  const target = form?.get("target") === "diagnose" ? "diagnose" : "guide";
  if (!checked.ok) {
    return new NextResponse(checked.error, { status: checked.status, headers: { "Content-Type": "text/plain; charset=utf-8" } });
  }
  const { lookup } = getLookup();
  const result = lookup(checked.text);
  const best = result.matches[0];
  const location =
    target === "diagnose"
      ? `/diagnose?q=${encodeURIComponent(result.query)}`
      : best
        ? best.url
        : `/search?q=${encodeURIComponent(result.query)}`;
  // A relative Location: correct behind any proxy or CDN, whatever host name it serves.
  return new NextResponse(null, { status: 303, headers: { Location: location } });
}
