import { NextResponse, type NextRequest } from "next/server";

/**
 * Runs before routing:
 * - refuses addresses with malformed percent-encoding (`%ff`) with a plain 400, before any route has to
 *   decode them;
 * - sends guide and diagnosis addresses in another letter case to the lower-case address;
 * - passes a short-link code to the /e/[code] 404 page (not-found pages receive no params), so it can
 *   offer the closest guides.
 */
export function proxy(request: NextRequest) {
  const { pathname } = request.nextUrl;
  try {
    decodeURIComponent(pathname);
  } catch {
    return new NextResponse("Bad request: the address contains malformed percent-encoding.\n", {
      status: 400,
      headers: { "Content-Type": "text/plain; charset=utf-8" },
    });
  }
  // Guide and diagnosis addresses are lower case; any other letter case is the same page (a ticket may
  // have typed /errors/aws/AuthFailure).
  if (/^\/(errors|compare|playbooks|diagnose)(\/|$)/i.test(pathname) && /[A-Z]/.test(pathname)) {
    const url = request.nextUrl.clone();
    url.pathname = pathname.toLowerCase();
    return NextResponse.redirect(url, 308);
  }
  if (!pathname.startsWith("/e/")) return NextResponse.next();
  const headers = new Headers(request.headers);
  headers.set("x-fixpath-code", pathname.slice("/e/".length).slice(0, 200));
  return NextResponse.next({ request: { headers } });
}

// Everything but the framework's static files.
export const config = { matcher: "/((?!_next/static|_next/image).*)" };
