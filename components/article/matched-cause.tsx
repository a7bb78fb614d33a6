"use client";

import { useEffect } from "react";

/**
 * A guide opened from the lookup (`?matched=<cause id>`, never the pasted text) marks the cause the paste
 * named as "matched your error". The page itself is built ahead; this reads the address in the browser.
 */
export function MatchedCause() {
  useEffect(() => {
    const id = new URLSearchParams(location.search).get("matched");
    if (!id || !/^[a-z0-9-]+$/.test(id)) return;
    const section = document.querySelector(`section.cause[aria-labelledby="${id}"]`);
    if (!section || section.querySelector(".matched-badge")) return;
    const badge = document.createElement("p");
    badge.className = "matched-badge";
    badge.textContent = "Matched your error: the text you pasted points to this cause";
    section.setAttribute("data-matched", "");
    section.prepend(badge);
  }, []);
  return null;
}
