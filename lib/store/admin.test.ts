import { describe, expect, it } from "vitest";
import {
  adminToken,
  bearerValid,
  cookieFrom,
  insightsAllowed,
  sameSecret,
  SESSION_COOKIE,
  sessionCookieOptions,
  sessionValid,
  sessionValue,
  servedOverHttps,
} from "./admin";

const TOKEN = "correct horse battery staple";

describe("insights access", () => {
  it("is off without a token", () => {
    expect(adminToken({})).toBeUndefined();
    expect(adminToken({ FIXPATH_ADMIN_TOKEN: "  " })).toBeUndefined();
    expect(insightsAllowed(new Headers({ authorization: "Bearer x" }), undefined)).toBe(false);
  });

  it("compares secrets exactly, whatever their lengths", () => {
    expect(sameSecret(TOKEN, TOKEN)).toBe(true);
    expect(sameSecret(`${TOKEN} `, TOKEN)).toBe(false);
    expect(sameSecret("", TOKEN)).toBe(false);
    expect(sameSecret(TOKEN.slice(0, -1), TOKEN)).toBe(false);
  });

  it("signs sessions that expire and that another token does not accept", () => {
    const now = Date.UTC(2026, 11, 3);
    const value = sessionValue(TOKEN, now);
    expect(value).not.toContain(TOKEN);
    expect(sessionValid(value, TOKEN, now + 1000)).toBe(true);
    expect(sessionValid(value, "another token", now)).toBe(false);
    expect(sessionValid(value, TOKEN, now + 13 * 3600 * 1000)).toBe(false);
    const [expires, mac] = value.split(".");
    expect(sessionValid(`${Number(expires) + 3600}.${mac}`, TOKEN, now)).toBe(false);
    expect(sessionValid(undefined, TOKEN, now)).toBe(false);
    expect(sessionValid("garbage", TOKEN, now)).toBe(false);
  });

  it("accepts the token as a bearer header, or a session cookie", () => {
    expect(bearerValid(`Bearer ${TOKEN}`, TOKEN)).toBe(true);
    expect(bearerValid(`Bearer ${TOKEN}x`, TOKEN)).toBe(false);
    expect(bearerValid(TOKEN, TOKEN)).toBe(false);
    const cookie = `theme=dark; ${SESSION_COOKIE}=${sessionValue(TOKEN)}`;
    expect(cookieFrom(cookie, SESSION_COOKIE)).toMatch(/^\d+\./);
    expect(insightsAllowed(new Headers({ cookie }), TOKEN)).toBe(true);
    expect(insightsAllowed(new Headers({ authorization: `Bearer ${TOKEN}` }), TOKEN)).toBe(true);
    expect(insightsAllowed(new Headers({}), TOKEN)).toBe(false);
  });

  it("sets the cookie HttpOnly and SameSite=Strict, and Secure over https", () => {
    expect(sessionCookieOptions(false)).toMatchObject({ httpOnly: true, sameSite: "strict", secure: false });
    expect(sessionCookieOptions(true).secure).toBe(true);
    expect(servedOverHttps(new Headers({ "x-forwarded-proto": "https" }))).toBe(true);
    expect(servedOverHttps(new Headers({ "x-forwarded-proto": "http" }))).toBe(false);
  });
});
