import type { Metadata } from "next";
import { Suspense } from "react";
import { BrowserLookup } from "@/components/lookup/browser-lookup";
import { LookupForm } from "@/components/lookup/lookup-form";

export const metadata: Metadata = {
  title: "Look up an error",
  description: "Paste an error message or a code; Fixpath finds the guide that covers it.",
  robots: { index: false },
};

/** Static export: the results for ?q= are computed in the browser (there is no server). */
export default function SearchPage() {
  return (
    <div className="max-w-3xl">
      <h1 className="text-3xl font-bold tracking-tight">Look up an error</h1>
      <p className="mt-3 text-muted">Paste the whole error: the code, the message, even the stack trace around it.</p>
      <LookupForm />
      <Suspense>
        <BrowserLookup />
      </Suspense>
    </div>
  );
}
