"use server";

import { cookies, headers } from "next/headers";
import { notFound, redirect } from "next/navigation";
import { adminToken, sameSecret, SESSION_COOKIE, sessionCookieOptions, sessionValue, servedOverHttps } from "@/lib/store/admin";
import { clientAddress } from "@/lib/store/client-address";
import { RateLimiter } from "@/lib/store/rate-limit";

/** Sign-in attempts per client and minute: guessing a token this way would take longer than the universe has. */
const attempts = new RateLimiter(10);

/**
 * /insights/login: compares the token in constant time, then sets the session cookie (HttpOnly,
 * SameSite=Strict, Secure over https). A form without JavaScript posts here too (a server action).
 */
export async function signIn(form: FormData) {
  const token = adminToken();
  if (!token) notFound();
  const request = await headers();
  if (!attempts.take(clientAddress(request)).ok) redirect("/insights/login?failed=busy");
  const given = form.get("token");
  if (typeof given !== "string" || !sameSecret(given.trim(), token)) redirect("/insights/login?failed=token");
  (await cookies()).set(SESSION_COOKIE, sessionValue(token), sessionCookieOptions(servedOverHttps(request)));
  redirect("/insights");
}

export async function signOut() {
  (await cookies()).delete(SESSION_COOKIE);
  redirect("/insights/login");
}
