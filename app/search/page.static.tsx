import { Suspense } from "react";
import { BrowserLookup } from "@/components/lookup/browser-lookup";
import { SearchPage, searchMetadata } from "@/components/lookup/search-page";

export const metadata = searchMetadata;

/** Static export: the results for ?q= are computed in the browser (there is no server). */
export default function SearchRoute() {
  return (
    <SearchPage>
      <Suspense>
        <BrowserLookup />
      </Suspense>
    </SearchPage>
  );
}
