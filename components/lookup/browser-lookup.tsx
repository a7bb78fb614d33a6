"use client";

import { useRouter, useSearchParams } from "next/navigation";
import { useEffect, useState } from "react";
import type { LookupResult } from "@/lib/lookup/lookup";
import { MAX_QUERY_LENGTH } from "@/lib/lookup/request";
import { LookupResults } from "./lookup-results";

/**
 * For the static export, where no server answers: reads ?q= in the browser, runs the lookup there and
 * shows the results, or (for /diagnose) goes straight to the identified guide's tree.
 */
export function BrowserLookup({ treesByGuide, diagnose = false }: { treesByGuide?: Record<string, string>; diagnose?: boolean }) {
  const query = useSearchParams().get("q");
  const router = useRouter();
  const [result, setResult] = useState<LookupResult>();
  useEffect(() => {
    if (!query) return;
    let cancelled = false;
    void import("@/lib/lookup/client").then(async ({ loadLookup }) => {
      const found = (await loadLookup())(query.slice(0, MAX_QUERY_LENGTH));
      if (cancelled) return;
      const tree = diagnose ? found.matches.map((m) => treesByGuide?.[m.url]).find(Boolean) : undefined;
      if (tree) router.replace(`/diagnose/${tree}`);
      else setResult(found);
    });
    return () => {
      cancelled = true;
    };
  }, [query, diagnose, treesByGuide, router]);
  return result ? <LookupResults result={result} diagnose={diagnose} /> : null;
}
