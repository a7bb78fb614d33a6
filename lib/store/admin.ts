import { createHash, createHmac, timingSafeEqual } from "node:crypto";

/** The cookie /insights/login sets; it holds an expiry and a MAC, never the token. */
export const SESSION_COOKIE = "fixpath_insights";
export const SESSION_SECONDS = 12 * 60 * 60;

/** The editors' token (FIXPATH_ADMIN_TOKEN); without one, /insights is off (404 everywhere). */
export function adminToken(env: Record<string, string | undefined> = process.env): string | undefined {
  const token = env.FIXPATH_ADMIN_TOKEN?.trim();
  return token ? token : undefined;
}

/**
 * Constant-time comparison: both sides are hashed to the same length first, so neither the length nor
 * the first differing character shows in the time taken.
 */
export function sameSecret(given: string, expected: string): boolean {
  const a = createHash("sha256").update(given).digest();
  const b = createHash("sha256").update(expected).digest();
  return timingSafeEqual(a, b);
}

function mac(token: string, expires: number): string {
  return createHmac("sha256", token).update(`fixpath insights session ${expires}`).digest("base64url");
}

/**
 * A session value every instance can check without shared state: `<expiry>.<MAC of it under the token>`.
 * Changing the token signs everyone out.
 */
export function sessionValue(token: string, now = Date.now()): string {
  const expires = Math.floor(now / 1000) + SESSION_SECONDS;
  return `${expires}.${mac(token, expires)}`;
}

export function sessionValid(value: string | undefined, token: string, now = Date.now()): boolean {
  const [expiresText, given] = (value ?? "").split(".");
  const expires = Number(expiresText);
  if (!given || !Number.isInteger(expires) || expires * 1000 <= now) return false;
  return sameSecret(given, mac(token, expires));
}

/** A tool's `Authorization: Bearer <token>` header. */
export function bearerValid(authorization: string | null | undefined, token: string): boolean {
  const match = /^Bearer\s+(.+)$/i.exec(authorization?.trim() ?? "");
  return match?.[1] !== undefined && sameSecret(match[1].trim(), token);
}

/** Cookie attributes: HttpOnly, SameSite=Strict, and Secure whenever the site is served over https. */
export function sessionCookieOptions(https: boolean) {
  return { httpOnly: true, sameSite: "strict" as const, secure: https, path: "/", maxAge: SESSION_SECONDS };
}

/** Whether the request reached the site over https (directly, or through a proxy that says so). */
export function servedOverHttps(headers: Headers): boolean {
  return headers.get("x-forwarded-proto")?.split(",")[0]?.trim() === "https";
}

/** Reads one cookie from a Cookie header. */
export function cookieFrom(header: string | null, name: string): string | undefined {
  for (const part of (header ?? "").split(";")) {
    const [key, ...rest] = part.trim().split("=");
    if (key === name) return rest.join("=");
  }
  return undefined;
}

/** Whether a request may read insights: a valid session cookie or the bearer token. False when insights are off. */
export function insightsAllowed(headers: Headers, token = adminToken()): boolean {
  if (!token) return false;
  return sessionValid(cookieFrom(headers.get("cookie"), SESSION_COOKIE), token) || bearerValid(headers.get("authorization"), token);
}
