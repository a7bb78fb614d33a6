/**
 * Whether a POST comes from this site's own pages. Browsers say so in Sec-Fetch-Site; older ones send
 * Origin, which must name this host. A request with neither is not from a page of ours (a form on
 * another site always carries one of them), so it is refused too.
 */
export function isSameOrigin(headers: Headers): boolean {
  const site = headers.get("sec-fetch-site");
  if (site) return site === "same-origin";
  const origin = headers.get("origin");
  if (!origin || origin === "null") return false;
  let host: string;
  try {
    host = new URL(origin).host;
  } catch {
    return false;
  }
  return [headers.get("host"), headers.get("x-forwarded-host")].some((h) => h?.split(",")[0]?.trim().toLowerCase() === host.toLowerCase());
}
