import type { Metadata } from "next";
import { Suspense } from "react";
import { BrowserLookup } from "@/components/lookup/browser-lookup";
import { DiagnoseIndex } from "@/components/wizard/diagnose-index";
import { allTrees } from "@/lib/content";

export const metadata: Metadata = {
  title: "Diagnose an error",
  description: "Pick the error code you see; a few questions about what you can observe lead to the cause and its fix.",
  alternates: { canonical: "/diagnose" },
};

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
