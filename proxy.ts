import { NextResponse, type NextRequest } from "next/server";

/**
 * Passes the requested short-link code to the /e/[code] 404 page (not-found pages receive no params),
 * so it can offer the closest guides. Runs only for /e/ paths.
 */
export function proxy(request: NextRequest) {
  const headers = new Headers(request.headers);
  headers.set("x-fixpath-code", request.nextUrl.pathname.slice("/e/".length).slice(0, 200));
  return NextResponse.next({ request: { headers } });
}

export const config = { matcher: "/e/:code*" };
