import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { NotIdentified } from "@/components/lookup/not-identified";
import { QueryError, SearchPage, searchMetadata } from "@/components/lookup/search-page";
import { destination } from "@/lib/lookup/destination";
import { checkQuery, queryParam } from "@/lib/lookup/params";
import { getLookup } from "@/lib/lookup/server";
import { noteUnfoundLookup } from "@/lib/store/note-unfound";

export const metadata = searchMetadata;

const one = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);

/**
 * /search: the lookup box, and after a lookup that identified nothing, what was recognised. A link made by
 * another tool with the text in it (`?q=`) is answered with a redirect to an address without the text.
 */
export default async function SearchRoute(props: PageProps<"/search">) {
  const params = await props.searchParams;
  const raw = queryParam(params);
  const checked = raw === undefined ? undefined : checkQuery(raw);
  if (checked?.ok) {
    const result = getLookup().lookup(checked.text);
    noteUnfoundLookup(result, await headers());
    redirect(destination(result, result.query, "guide"));
  }
  return (
    <SearchPage>
      {checked && !checked.ok && <QueryError message={checked.error} />}
      {one(params.found) === "none" && (
        <NotIdentified
          provider={one(params.provider)}
          status={one(params.status)}
          code={one(params.code)}
          diagnose={one(params.for) === "diagnose"}
        />
      )}
    </SearchPage>
  );
}
