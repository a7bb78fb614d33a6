import Link from "next/link";
import { HeaderLookup } from "@/components/lookup/header-lookup";
import { ThemeToggle } from "./theme-toggle";

const NAV = [
  { href: "/#catalogue", label: "Guides" },
  { href: "/diagnose", label: "Diagnose" },
  { href: "/editorial", label: "Editorial" },
];

export function SiteHeader() {
  return (
    <header role="banner" className="border-b border-line">
      {/* Below sm the gaps are tight (12 px, and 10 px in the nav) so the whole header fits one row at 360 px. */}
      <div className="mx-auto flex max-w-6xl flex-wrap items-center gap-x-3 gap-y-2 px-4 py-3 sm:gap-x-6">
        {/* As tall as the theme switch (h-9), so the row's height does not change when the switch is
            parsed after a first paint, or is hidden without JavaScript: nothing in the row moves. */}
        <Link prefetch={false} href="/" className="inline-flex min-h-9 items-center text-lg font-bold tracking-tight">
          Fixpath
        </Link>
        <nav aria-label="Main" className="flex-1 sm:flex-none">
          <ul className="flex flex-wrap gap-x-2.5 gap-y-1 text-sm sm:gap-x-4">
            {NAV.map(({ href, label }) => (
              <li key={href}>
                {/* At least 24px high: the row wraps on narrow screens (WCAG 2.2 target size). */}
                <Link prefetch={false} href={href} className="inline-flex min-h-6 items-center underline-offset-4 hover:underline">
                  {label}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
        <div className="order-last w-full sm:order-none sm:w-auto sm:flex-1 sm:max-w-md sm:ml-auto">
          <HeaderLookup />
        </div>
        <ThemeToggle />
      </div>
    </header>
  );
}
