import Link from "next/link";
import type { ErrorGuide } from "@/lib/content";
import { aadstsAnchor, microsoftErrorPage, OTHER_AADSTS_SECTION, otherAadstsCodes } from "@/lib/azure-aadsts";

const REFERENCE = "https://learn.microsoft.com/en-us/entra/identity-platform/reference-error-codes";

/**
 * /errors/azure: the common Entra ID sign-in codes no guide covers yet, one line each, with where the code was
 * seen and Microsoft's own page for it. Every row has an anchor (`#aadsts50076`) the lookup links to; a code a
 * guide claims is not listed (the guides above are its rows).
 */
export function OtherAadstsCodes({ guides }: { guides: ErrorGuide[] }) {
  const codes = otherAadstsCodes(guides);
  const byUrl = new Map(guides.map((g) => [g.url, g]));
  return (
    <section id={OTHER_AADSTS_SECTION} aria-labelledby={`${OTHER_AADSTS_SECTION}-title`} className="mt-12 max-w-3xl">
      <h2 id={`${OTHER_AADSTS_SECTION}-title`} className="text-xl font-semibold">
        Other AADSTS codes (no guide yet)
      </h2>
      <p className="mt-3">
        Microsoft Entra ID names why a sign-in or token request failed with <code>AADSTS</code> and a number, at the start of the error
        description. Fixpath has no guide for the codes below yet: each has one line on what it means, where it was seen, and
        Microsoft&apos;s own page for it (the address Entra ID itself puts in the <code>error_uri</code> of its error responses). Microsoft
        also keeps{" "}
        <a href={REFERENCE} className="text-accent underline underline-offset-4">
          the full list of Entra ID error codes
        </a>
        .
      </p>
      {codes.length > 0 && (
        <ul className="mt-6 grid gap-4">
          {codes.map((c) => {
            const nearest = c.nearest ? byUrl.get(c.nearest) : undefined;
            return (
              <li key={c.code} id={aadstsAnchor(c.code)} className="rounded-lg border border-line p-4">
                <h3 className="font-semibold">
                  <code>{c.code}</code>
                </h3>
                <p className="mt-1">{c.summary}</p>
                <p className="mt-2 text-sm">
                  <a href={microsoftErrorPage(c.code)} className="text-accent underline underline-offset-4">
                    Microsoft&apos;s page for {c.code}
                  </a>
                  <span className="text-muted"> · Seen in: </span>
                  <a href={c.source} className="text-accent underline underline-offset-4">
                    {c.sourceTitle}
                  </a>
                  {nearest && (
                    <>
                      <span className="text-muted"> · Closest guide: </span>
                      <Link prefetch={false} href={nearest.url} className="text-accent underline underline-offset-4">
                        {nearest.meta.codes[0] ?? nearest.meta.title}
                      </Link>
                    </>
                  )}
                </p>
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
