import type { RouteProps } from "@/lib/route-props";
import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { LookupResults } from "@/components/lookup/lookup-results";
import { DiagnoseIndex } from "@/components/wizard/diagnose-index";
import { treeForGuide } from "@/lib/content";
import { checkQuery, queryParam } from "@/lib/lookup/params";
import { getLookup } from "@/lib/lookup/server";

export const metadata: Metadata = {
  title: "Diagnose an error",
  description: "Pick the error code you see; a few questions about what you can observe lead to the cause and its fix.",
  alternates: { canonical: "/diagnose" },
};

/** The first identified guide that has a decision tree, for /diagnose?q=<pasted error>. */
async function identifyTree(text: string) {
  const result = (await getLookup()).lookup(text);
  for (const match of result.matches) {
    const tree = await treeForGuide(match.url);
    if (tree) return { tree, result };
  }
  return { tree: undefined, result };
}

export default async function DiagnosePage(props: RouteProps) {
  const raw = queryParam(await props.searchParams);
  const checked = raw === undefined ? undefined : checkQuery(raw);
  const identified = checked?.ok ? await identifyTree(checked.text) : undefined;
  if (identified?.tree) redirect(`/diagnose/${identified.tree.id}`);
  const error = checked && !checked.ok && (
    <p role="alert" className="mt-6 rounded-md border-l-4 border-[var(--danger-line)] bg-[var(--danger-bg)] px-4 py-2">
      {checked.error}
    </p>
  );
  return (
    <DiagnoseIndex
      initial={identified?.result.query}
      results={error || (identified && <LookupResults result={identified.result} diagnose />)}
    />
  );
}
