import { NextResponse, type NextRequest } from "next/server";
import { destination } from "@/lib/lookup/destination";
import { safeJson } from "@/lib/lookup/json-response";
import { checkQuery } from "@/lib/lookup/request";
import { getLookup } from "@/lib/lookup/server";
import { noteUnfoundLookup } from "@/lib/store/note-unfound";

/**
 * GET /api/lookup?q=<text>: JSON with the masked query, the guides the text is identified as (with the
 * cause, where the text names one), full-text suggestions, and what was recognised. Bad input gets a 400
 * or 413 JSON error; no input can cause a 5xx. Nothing is logged; a lookup that identified no guide is
 * recorded for the editors (its masked text, cut to 500 characters, and what was recognised: see
 * lib/store/note-unfound.ts).
 */
export async function GET(request: NextRequest) {
  const checked = checkQuery(request.nextUrl.searchParams.get("q"));
  if (!checked.ok) return safeJson({ error: checked.error }, { status: checked.status });
  const result = getLookup().lookup(checked.text);
  noteUnfoundLookup(result, request.headers);
  const { query, masked, matches, suggestions, recognised } = result;
  return safeJson({ query, masked, matches, suggestions, recognised }, { headers: { "Cache-Control": "no-store" } });
}

/**
 * POST from the lookup form (without JavaScript, and for a diagnosis): the text arrives in the body, never
 * in a URL, and the reader is sent on to an address that carries none of it.
 */
export async function POST(request: NextRequest) {
  const form = await request.formData().catch(() => undefined);
  const checked = checkQuery(form?.get("q"));
  const target = form?.get("target") === "diagnose" ? "diagnose" : "guide";
  if (!checked.ok) {
    return new NextResponse(checked.error, { status: checked.status, headers: { "Content-Type": "text/plain; charset=utf-8" } });
  }
  const result = getLookup().lookup(checked.text);
  noteUnfoundLookup(result, request.headers);
  // A relative Location: correct behind any proxy or CDN, whatever host name it serves.
  return new NextResponse(null, {
    status: 303,
    headers: { Location: destination(result, result.query, target), "Cache-Control": "no-store" },
  });
}
