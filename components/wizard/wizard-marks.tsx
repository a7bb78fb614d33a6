"use client";

import { usePathname } from "next/navigation";
import { useEffect } from "react";

function badge(className: string, text: string): HTMLElement {
  const el = document.createElement("span");
  el.className = className;
  el.textContent = text;
  return el;
}

/**
 * Marks a wizard step from what its address says (the pages are built ahead; the marks are not):
 * - `?given=N`: the first N answers came from the pasted error ("from your error"; each can be changed);
 * - `?was=<slug>`: the reader came back to change an answer: the one given before says so.
 */
export function WizardMarks() {
  const pathname = usePathname();
  useEffect(() => {
    const params = new URLSearchParams(location.search);
    const given = Number(params.get("given"));
    if (Number.isInteger(given) && given > 0) {
      document.querySelectorAll("#trail-list > li").forEach((item, index) => {
        if (index < given && !item.querySelector(".given-badge"))
          item.querySelector("p:last-child")?.prepend(badge("given-badge", "from your error"));
      });
    }
    const was = params.get("was");
    const answer = was && /^[a-z0-9-]+$/.test(was) ? document.querySelector(`a[data-slug="${was}"]`) : null;
    if (answer && !answer.querySelector(".was-badge")) {
      answer.setAttribute("aria-current", "true");
      answer.append(badge("was-badge", "your earlier answer"));
    }
  }, [pathname]);
  return null;
}
