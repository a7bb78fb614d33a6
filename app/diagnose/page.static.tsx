import { Suspense } from "react";
import { BrowserLookup } from "@/components/lookup/browser-lookup";
import { DiagnoseIndex, diagnoseMetadata } from "@/components/wizard/diagnose-index";
import { allTrees } from "@/lib/content";

export const metadata = diagnoseMetadata;

/** Static export: /diagnose?q=<pasted error> is identified in the browser. */
export default async function DiagnosePage() {
  const treesByGuide = Object.fromEntries((await allTrees()).map((t) => [t.data.guide, t.id]));
  return (
    <DiagnoseIndex
      results={
        <Suspense>
          <BrowserLookup treesByGuide={treesByGuide} diagnose />
        </Suspense>
      }
    />
  );
}
