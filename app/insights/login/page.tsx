import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { adminToken } from "@/lib/store/admin";
import { signIn } from "../actions";

// Per request: whether insights are on (FIXPATH_ADMIN_TOKEN) is known only when the server runs, never at build.
export const dynamic = "force-dynamic";

export const metadata: Metadata = { title: "Sign in to insights", robots: { index: false, follow: false } };

const MESSAGES: Record<string, string> = {
  token: "That is not the token. Try again.",
  busy: "Too many attempts from here; wait a minute and try again.",
};

/** The editors' sign-in: one field, the token from FIXPATH_ADMIN_TOKEN. Without a token configured: 404. */
export default async function InsightsLogin(props: PageProps<"/insights/login">) {
  if (!adminToken()) notFound();
  const failed = (await props.searchParams).failed;
  const message = typeof failed === "string" ? MESSAGES[failed] : undefined;
  return (
    <div className="max-w-md">
      <h1 className="text-3xl font-bold tracking-tight">Insights</h1>
      <p className="mt-2 text-muted">For Fixpath&apos;s editors. Sign in with the token the server was started with.</p>
      {message && (
        <p role="alert" className="mt-4 rounded-md border-l-4 border-[var(--danger-line)] bg-[var(--danger-bg)] px-4 py-2">
          {message}
        </p>
      )}
      <form action={signIn} className="mt-6">
        <label htmlFor="insights-token" className="block font-semibold">
          Token
        </label>
        <input
          id="insights-token"
          name="token"
          type="password"
          required
          autoComplete="current-password"
          className="mt-2 w-full rounded-md border border-line bg-bg px-3 py-2 font-mono"
        />
        <button type="submit" className="mt-4 rounded-md bg-accent px-4 py-2 font-medium text-bg">
          Sign in
        </button>
      </form>
    </div>
  );
}
