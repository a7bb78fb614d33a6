"use client";

import { usePathname } from "next/navigation";
import { LookupBox } from "./lookup-box";

/** The header's lookup box, on every page but the home page (which has its own, larger one). */
export function HeaderLookup() {
  const pathname = usePathname();
  if (pathname === "/") return null;
  return <LookupBox variant="bar" shortcut />;
}
