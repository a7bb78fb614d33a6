import Link from "next/link";
import { ThemeToggle } from "./theme-toggle";

export function SiteHeader() {
  return (
    <header role="banner" className="border-b border-line">
      <div className="mx-auto flex max-w-6xl flex-wrap items-center gap-x-6 gap-y-2 px-4 py-3">
        <Link href="/" className="text-lg font-bold tracking-tight">
          Fixpath
        </Link>
        <nav aria-label="Main" className="flex-1">
          <ul className="flex flex-wrap gap-x-4 text-sm">
            <li>
              <Link href="/#catalogue" className="underline-offset-4 hover:underline">
                Guides
              </Link>
            </li>
            <li>
              <Link href="/diagnose" className="underline-offset-4 hover:underline">
                Diagnose
              </Link>
            </li>
          </ul>
        </nav>
        <ThemeToggle />
      </div>
    </header>
  );
}
