import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { QueryError } from "@/components/lookup/search-page";
import { DiagnoseIndex, diagnoseMetadata } from "@/components/wizard/diagnose-index";
import { destination } from "@/lib/lookup/destination";
import { checkQuery, queryParam } from "@/lib/lookup/params";
import { getLookup } from "@/lib/lookup/server";
import { noteUnfoundLookup } from "@/lib/store/note-unfound";

export const metadata = diagnoseMetadata;

/**
 * /diagnose: the paste box and every diagnosis. `/diagnose?q=<pasted error>` (a link from another tool)
 * starts the identified guide's diagnosis at the deepest step the paste already answers, by a redirect to
 * an address without the text.
 */
export default async function DiagnosePage(props: PageProps<"/diagnose">) {
  const raw = queryParam(await props.searchParams);
  const checked = raw === undefined ? undefined : checkQuery(raw);
  if (checked?.ok) {
    const result = getLookup().lookup(checked.text);
    noteUnfoundLookup(result, await headers());
    redirect(destination(result, result.query, "diagnose"));
  }
  return <DiagnoseIndex results={checked && !checked.ok && <QueryError message={checked.error} />} />;
}
