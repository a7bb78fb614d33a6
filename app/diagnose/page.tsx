import { redirect } from "next/navigation";
import { LookupResults } from "@/components/lookup/lookup-results";
import { QueryError } from "@/components/lookup/search-page";
import { DiagnoseIndex, diagnoseMetadata } from "@/components/wizard/diagnose-index";
import { treeForGuide } from "@/lib/content";
import { checkQuery, queryParam } from "@/lib/lookup/params";
import { getLookup } from "@/lib/lookup/server";

export const metadata = diagnoseMetadata;

/** The first identified guide that has a decision tree, for /diagnose?q=<pasted error>. */
function identifyTree(text: string) {
  const result = getLookup().lookup(text);
  for (const match of result.matches) {
    const tree = treeForGuide(match.url);
    if (tree) return { tree, result };
  }
  return { tree: undefined, result };
}

export default async function DiagnosePage(props: PageProps<"/diagnose">) {
  const raw = queryParam(await props.searchParams);
  const checked = raw === undefined ? undefined : checkQuery(raw);
  const identified = checked?.ok ? identifyTree(checked.text) : undefined;
  if (identified?.tree) redirect(`/diagnose/${identified.tree.id}`);
  const error = checked && !checked.ok && <QueryError message={checked.error} />;
  return (
    <DiagnoseIndex
      initial={identified?.result.query}
      results={error || (identified && <LookupResults result={identified.result} diagnose />)}
    />
  );
}
