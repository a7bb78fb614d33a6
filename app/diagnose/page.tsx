import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { LookupBox } from "@/components/lookup/lookup-box";
import { LookupResults } from "@/components/lookup/lookup-results";
import { TreeList } from "@/components/wizard/tree-list";
import { treeForGuide } from "@/lib/content";
import { checkQuery, queryParam } from "@/lib/lookup/params";
import { getLookup } from "@/lib/lookup/server";
import { treeEntries } from "@/lib/wizard/entries";

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

export default async function DiagnosePage(props: PageProps<"/diagnose">) {
  const raw = queryParam(await props.searchParams);
  const checked = raw === undefined ? undefined : checkQuery(raw);
  const identified = checked?.ok ? await identifyTree(checked.text) : undefined;
  if (identified?.tree) redirect(`/diagnose/${identified.tree.id}`);
  const entries = await treeEntries();
  return (
    <div className="max-w-4xl">
      <h1 className="text-3xl font-bold tracking-tight">Diagnose an error</h1>
      <p className="mt-4 text-lg text-muted">
        Pick the error code you see. Each diagnosis asks short questions about things you can look at (a
        command’s output, a field of the message) and ends at one cause, its fix, and the command that proves
        the fix worked. Every step has its own link, so you can share where you are.
      </p>
      <div className="mt-6">
        <LookupBox variant="page" target="diagnose" initial={identified?.result.query} />
      </div>
      {checked && !checked.ok && (
        <p role="alert" className="mt-6 rounded-md border-l-4 border-[var(--danger-line)] bg-[var(--danger-bg)] px-4 py-2">
          {checked.error}
        </p>
      )}
      {identified && <LookupResults result={identified.result} diagnose />}
      <h2 className="mt-10 text-xl font-semibold">Pick the error code</h2>
      <TreeList entries={entries} />
    </div>
  );
}
