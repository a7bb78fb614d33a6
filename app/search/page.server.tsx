import type { RouteProps } from "@/lib/route-props";
import type { Metadata } from "next";
import { LookupForm } from "@/components/lookup/lookup-form";
import { LookupResults } from "@/components/lookup/lookup-results";
import { getLookup } from "@/lib/lookup/server";
import { checkQuery, queryParam } from "@/lib/lookup/params";

export const metadata: Metadata = {
  title: "Look up an error",
  description: "Paste an error message or a code; Fixpath finds the guide that covers it.",
  robots: { index: false },
};

/** Results for a pasted error (reached when the lookup box identified nothing, or without JavaScript). */
export default async function SearchPage(props: RouteProps) {
  const raw = queryParam(await props.searchParams);
  const checked = raw === undefined ? undefined : checkQuery(raw);
  const result = checked?.ok ? (await getLookup()).lookup(checked.text) : undefined;
  return (
    <div className="max-w-3xl">
      <h1 className="text-3xl font-bold tracking-tight">Look up an error</h1>
      <p className="mt-3 text-muted">Paste the whole error: the code, the message, even the stack trace around it.</p>
      <LookupForm initial={result?.query} />
      {checked && !checked.ok && (
        <p role="alert" className="mt-6 rounded-md border-l-4 border-[var(--danger-line)] bg-[var(--danger-bg)] px-4 py-2">
          {checked.error}
        </p>
      )}
      {result && <LookupResults result={result} />}
    </div>
  );
}
