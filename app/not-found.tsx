import Link from "next/link";
import { RestartLink } from "@/components/wizard/restart-link";
import { PROVIDER_LABELS, PROVIDER_ORDER } from "@/lib/site";

/**
 * Any address that does not exist: the ways back in. Next.js ships this page's content with every page
 * (for client-side 404s), so it stays small and lists no guides: its size must not grow with the library.
 */
export default function NotFound() {
  return (
    <div className="max-w-3xl">
      <h1 className="text-3xl font-bold tracking-tight">Page not found</h1>
      <p className="mt-4 text-lg text-muted">
        There is no page at this address. The link may be mistyped or cut short, or the guide may have a different name.
      </p>
      <RestartLink />
      <ul className="mt-6 space-y-2">
        <li>
          <Link prefetch={false} href="/#catalogue" className="text-accent underline underline-offset-4">
            Browse all guides
          </Link>{" "}
          <span className="text-muted">
            (
            {PROVIDER_ORDER.slice(0, 3).map((p, i) => (
              <span key={p}>
                {i > 0 && ", "}
                <Link prefetch={false} href={`/#provider-${p}`} className="underline underline-offset-4">
                  {PROVIDER_LABELS[p]}
                </Link>
              </span>
            ))}
            )
          </span>
        </li>
        <li>
          <Link prefetch={false} href="/" className="text-accent underline underline-offset-4">
            Paste the error into the lookup
          </Link>
        </li>
        <li>
          <Link prefetch={false} href="/diagnose" className="text-accent underline underline-offset-4">
            Diagnose an error step by step
          </Link>
        </li>
      </ul>
    </div>
  );
}
