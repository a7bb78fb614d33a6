import type { Metadata } from "next";
import { Analyzer } from "@/components/analyze/analyzer";
import { errorGuides } from "@/lib/content";
import { codeRoutes } from "@/lib/analyze/code-routes";

export const metadata: Metadata = {
  title: "Analyze a URL, token, header or error body",
  description:
    "Paste a presigned URL, a JWT, a SigV4 Authorization header, CORS response headers or a cloud error body: it is read in your browser and never sent.",
  alternates: { canonical: "/analyze" },
};

/** /analyze: a static shell; the analyzers load in the browser, so nothing pasted ever reaches the server. */
export default function AnalyzePage() {
  return (
    <div className="max-w-3xl">
      <h1 className="text-3xl font-bold tracking-tight">Analyze what you have</h1>
      <p className="mt-3 text-lg text-muted">
        Paste a presigned URL, a JWT, a SigV4 <code>Authorization</code> header, an access key ID, CORS response headers (or a HAR entry),
        or a Google, Entra ID or AWS error body. Each finding names the error it causes and links to that cause.
      </p>
      <p className="mt-3 rounded-md border border-line bg-surface px-3 py-2 text-sm">
        <strong>Nothing you paste leaves this page.</strong> It is read by code running in your browser: it is not sent, stored or put in
        the address bar. Tokens are decoded, never verified.
      </p>
      <noscript>
        <p className="mt-4 font-semibold">
          The analyzers run in your browser and need JavaScript; nothing would be sent without it either.
        </p>
      </noscript>
      <Analyzer codes={codeRoutes(errorGuides())} />
    </div>
  );
}
