"use client";

import { usePathname } from "next/navigation";
import { useEffect, useRef } from "react";

/**
 * After a move to another wizard state (not on the first load), puts focus on the new step's heading,
 * so keyboard and screen-reader users continue from there. Next.js announces the new page title.
 */
export function WizardFocus() {
  const pathname = usePathname();
  const first = useRef(true);
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    document.getElementById("wizard-step")?.focus();
  }, [pathname]);
  return null;
}
