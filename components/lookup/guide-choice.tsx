import Link from "next/link";
import type { LookupGuide } from "@/lib/lookup/data";
import { providerLabel } from "@/lib/site";

export function GuideChoice({ guides }: { guides: LookupGuide[] }) {
  return (
    <ul className="mt-4 grid gap-3">
      {guides.map((g) => (
        <li key={g.url} className="rounded-lg border border-line p-4">
          <Link prefetch={false} href={g.url} className="font-mono font-semibold text-accent underline underline-offset-4">
            {g.code ?? g.title}
          </Link>
          <span className="ml-2 text-sm text-muted">{providerLabel(g.provider)}</span>
          <p className="mt-1 text-sm">{g.title}</p>
        </li>
      ))}
    </ul>
  );
}
