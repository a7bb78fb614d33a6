import type { Metadata } from "next";
import type { ReactNode } from "react";
import { LookupBox } from "@/components/lookup/lookup-box";
import { TreeList } from "./tree-list";
import { treeEntries } from "@/lib/wizard/entries";

export const diagnoseMetadata: Metadata = {
  title: "Diagnose an error",
  description: "Pick the error code you see; a few questions about what you can observe lead to the cause and its fix.",
  alternates: { canonical: "/diagnose" },
};

/** /diagnose: the paste box, then every tree by the code it diagnoses. `results` sits between them. */
export function DiagnoseIndex({ results }: { results?: ReactNode }) {
  const entries = treeEntries();
  return (
    <div className="max-w-4xl">
      <h1 className="text-3xl font-bold tracking-tight">Diagnose an error</h1>
      <p className="mt-4 text-lg text-muted">
        Pick the error code you see. Each diagnosis asks short questions about things you can look at (a command’s output, a field of the
        message) and ends at one cause, its fix, and the command that proves the fix worked. Every step has its own link, so you can share
        where you are.
      </p>
      <div className="mt-6">
        <LookupBox variant="page" target="diagnose" shortcut />
      </div>
      {results}
      <h2 className="mt-10 text-xl font-semibold">Pick the error code</h2>
      <TreeList entries={entries} />
    </div>
  );
}
