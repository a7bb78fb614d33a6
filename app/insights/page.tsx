import type { Metadata } from "next";
import { cookies } from "next/headers";
import { notFound } from "next/navigation";
import { adminToken, SESSION_COOKIE, sessionValid } from "@/lib/store/admin";
import { getStore } from "@/lib/store/client";
import { collectInsights } from "@/lib/store/insights";
import { signOut } from "./actions";
import { InsightsView } from "./_components/insights-view";

// Per request: whether insights are on (FIXPATH_ADMIN_TOKEN) is known only when the server runs, never at build.
export const dynamic = "force-dynamic";

export const metadata: Metadata = { title: "Insights", robots: { index: false, follow: false } };

/**
 * /insights: what readers answered, per tree and per guide, and what nobody found. Closed: without a
 * valid session cookie (from /insights/login) it is a 404, and with no FIXPATH_ADMIN_TOKEN it is off.
 */
export default async function InsightsPage() {
  const token = adminToken();
  if (!token || !sessionValid((await cookies()).get(SESSION_COOKIE)?.value, token)) notFound();
  const store = await getStore().catch(() => undefined);
  const data = store && (await collectInsights(store.db, store.kind));
  return (
    <div className="max-w-5xl">
      <div className="flex flex-wrap items-baseline justify-between gap-4">
        <h1 className="text-3xl font-bold tracking-tight">Insights</h1>
        <form action={signOut}>
          <button type="submit" className="text-sm text-accent underline underline-offset-4">
            Sign out
          </button>
        </form>
      </div>
      {data ? (
        <InsightsView data={data} />
      ) : (
        <p role="alert" className="mt-4">
          The feedback store is not available right now (the server log says why).
        </p>
      )}
    </div>
  );
}
