import Link from "next/link";
import type { ReactNode } from "react";
import type { LookupGuide } from "@/lib/lookup/data";
import { providerLabel } from "@/lib/site";

type GuideBrief = { url: string; title: string; code?: string; provider?: string };

/** One guide in a list of candidates: its code as the link, its provider and title; `children` add a line. */
export function GuideCard({ guide, children }: { guide: GuideBrief; children?: ReactNode }) {
  return (
    <li className="rounded-lg border border-line p-4">
      <Link prefetch={false} href={guide.url} className="font-mono font-semibold text-accent underline underline-offset-4">
        {guide.code ?? guide.title}
      </Link>
      <span className="ml-2 text-sm text-muted">{providerLabel(guide.provider)}</span>
      <p className="mt-1">{guide.title}</p>
      {children}
    </li>
  );
}

export function GuideChoice({ guides }: { guides: LookupGuide[] }) {
  return (
    <ul className="mt-4 grid gap-3">
      {guides.map((g) => (
        <GuideCard key={g.url} guide={g} />
      ))}
    </ul>
  );
}

/** /e/<code> when several guides share the code: the reader picks the platform. */
export function GuideChoicePage({ code, guides }: { code: string; guides: LookupGuide[] }) {
  return (
    <div className="max-w-3xl">
      <h1 className="text-3xl font-bold tracking-tight">
        {code} is used by {guides.length} guides
      </h1>
      <p className="mt-3 text-muted">The same code means different things on different platforms. Pick the one you are working with.</p>
      <GuideChoice guides={guides} />
    </div>
  );
}
