import Link from "next/link";
import { SITE_TAGLINE } from "@/lib/site";

export function SiteFooter() {
  return (
    <footer role="contentinfo" className="mt-16 border-t border-line">
      <div className="mx-auto flex max-w-6xl flex-col gap-2 px-4 py-6 text-sm text-muted sm:flex-row sm:justify-between">
        <p>Fixpath. {SITE_TAGLINE}</p>
        <ul className="flex flex-wrap gap-x-4 gap-y-1">
          <li>
            <Link prefetch={false} href="/#catalogue" className="underline underline-offset-4">
              All guides
            </Link>
          </li>
          <li>
            <Link prefetch={false} href="/diagnose" className="underline underline-offset-4">
              Diagnose
            </Link>
          </li>
          <li>
            <Link prefetch={false} href="/analyze" className="underline underline-offset-4">
              Analyze
            </Link>
          </li>
          <li>
            <Link prefetch={false} href="/editorial" className="underline underline-offset-4">
              Editorial standard
            </Link>
          </li>
        </ul>
      </div>
    </footer>
  );
}
