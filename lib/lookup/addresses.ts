import type { LookupMatch } from "./lookup";
import type { Recognised } from "./recognise";

/**
 * The addresses a lookup leads to. None carries pasted text: a guide (at the cause the paste names, marked
 * "matched your error"), or the "not identified" page with only what was recognised. Pure: the browser's
 * lookup box and the server use the same rules.
 */
export function guideDestination(match: Pick<LookupMatch, "url" | "cause">): string {
  return match.cause ? `${match.url}?matched=${match.cause.id}#${match.cause.id}` : match.url;
}

/** `/search?provider=aws&status=403&code=X&found=none`: only what was recognised. */
export function notIdentifiedDestination(recognised: Recognised, target: "guide" | "diagnose"): string {
  const params = new URLSearchParams();
  if (recognised.provider) params.set("provider", recognised.provider);
  if (recognised.status) params.set("status", String(recognised.status));
  if (recognised.code) params.set("code", recognised.code.slice(0, 80));
  if (target === "diagnose") params.set("for", "diagnose");
  params.set("found", "none");
  return `/search?${params}`;
}
