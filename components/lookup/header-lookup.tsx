"use client";

import { usePathname } from "next/navigation";
import { LookupBox } from "./lookup-box";

/** Pages with a lookup box of their own: the header leaves them alone, so a page never has two. */
export function hasOwnLookupBox(pathname: string): boolean {
  return ["/", "/search", "/diagnose", "/errors", "/compare", "/playbooks"].includes(pathname) || /^\/errors\/[a-z0-9-]+$/.test(pathname);
}

/** The header's lookup box, on every page without its own. */
export function HeaderLookup() {
  const pathname = usePathname();
  if (hasOwnLookupBox(pathname)) return null;
  return <LookupBox variant="bar" shortcut />;
}
