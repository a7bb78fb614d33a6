import Link from "next/link";
import type { Offer } from "@/lib/analyze/offers";

/**
 * Where an artifact the reader holds decides the answer (a guide's cause, a wizard question), a link to
 * the analyzer. A plain link: the guide and wizard pages load none of the analyzers' code.
 */
export function AnalyzeLink({ offer }: { offer: Offer | undefined }) {
  if (!offer) return null;
  return (
    <p className="analyze-link not-prose my-4 rounded-md border border-dashed border-line px-3 py-2 text-sm">
      <Link prefetch={false} href="/analyze" className="font-medium text-accent underline underline-offset-2">
        {offer.label}
      </Link>
      : {offer.what.charAt(0).toLowerCase() + offer.what.slice(1)}. Nothing you paste leaves your browser.
    </p>
  );
}
