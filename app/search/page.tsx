import { LookupResults } from "@/components/lookup/lookup-results";
import { QueryError, SearchPage, searchMetadata } from "@/components/lookup/search-page";
import { getLookup } from "@/lib/lookup/server";
import { checkQuery, queryParam } from "@/lib/lookup/params";

export const metadata = searchMetadata;

/** Results for a pasted error (reached when the lookup box identified nothing, or without JavaScript). */
export default async function SearchRoute(props: PageProps<"/search">) {
  const raw = queryParam(await props.searchParams);
  const checked = raw === undefined ? undefined : checkQuery(raw);
  const result = checked?.ok ? getLookup().lookup(checked.text) : undefined;
  return (
    <SearchPage initial={result?.query}>
      {checked && !checked.ok && <QueryError message={checked.error} />}
      {result && <LookupResults result={result} />}
    </SearchPage>
  );
}
