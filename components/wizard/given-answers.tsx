"use client";

import { usePathname } from "next/navigation";
import { useEffect } from "react";

/**
 * A diagnosis started from a paste (`?given=N`) skipped the first N questions: the paste answered them.
 * Their answers in the trail say "from your error" (each can still be changed).
 */
export function GivenAnswers() {
  const pathname = usePathname();
  useEffect(() => {
    const given = Number(new URLSearchParams(location.search).get("given"));
    if (!Number.isInteger(given) || given <= 0) return;
    const items = document.querySelectorAll("#trail-list > li");
    items.forEach((item, index) => {
      if (index >= given || item.querySelector(".given-badge")) return;
      const badge = document.createElement("span");
      badge.className = "given-badge";
      badge.textContent = "from your error";
      item.querySelector("p:last-child")?.prepend(badge);
    });
  }, [pathname]);
  return null;
}
