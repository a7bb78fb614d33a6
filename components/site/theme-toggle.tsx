"use client";

import { useSyncExternalStore } from "react";

type Choice = "system" | "light" | "dark";

function currentChoice(): Choice {
  const chosen = document.documentElement.getAttribute("data-theme");
  return chosen === "light" || chosen === "dark" ? chosen : "system";
}

function subscribe(onChange: () => void) {
  const observer = new MutationObserver(onChange);
  observer.observe(document.documentElement, { attributes: true, attributeFilter: ["data-theme"] });
  return () => observer.disconnect();
}

const NEXT: Record<Choice, Choice> = { system: "light", light: "dark", dark: "system" };
const LABEL: Record<Choice, string> = { system: "System theme", light: "Light theme", dark: "Dark theme" };

/**
 * Says which theme is in use now (the system's, light or dark) and moves to the next on a click, remembering
 * the choice; "System theme" forgets it, so the page follows the system again.
 */
export function ThemeToggle() {
  const choice = useSyncExternalStore<Choice | null>(subscribe, currentChoice, () => null);
  const change = () => {
    const next = NEXT[currentChoice()];
    try {
      if (next === "system") localStorage.removeItem("theme");
      else localStorage.setItem("theme", next);
    } catch {
      // Storage can be blocked; the theme still changes for this page.
    }
    if (next === "system") document.documentElement.removeAttribute("data-theme");
    else document.documentElement.setAttribute("data-theme", next);
  };
  const label = choice ? LABEL[choice] : "Theme";
  return (
    <button
      type="button"
      onClick={change}
      aria-label={choice ? `${label} (change theme)` : "Change theme"}
      title={choice ? `${label}: click for ${LABEL[NEXT[choice]].toLowerCase()}` : undefined}
      className="needs-js inline-flex h-9 min-w-9 items-center justify-center gap-2 rounded-md border border-line px-2.5 sm:px-3 text-sm hover:bg-surface"
    >
      <svg aria-hidden="true" width="16" height="16" viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth="2">
        {choice === "light" ? (
          <>
            <circle cx="12" cy="12" r="4" />
            <path d="M12 2v2M12 20v2M4.9 4.9l1.4 1.4M17.7 17.7l1.4 1.4M2 12h2M20 12h2M4.9 19.1l1.4-1.4M17.7 6.3l1.4-1.4" />
          </>
        ) : choice === "dark" ? (
          <path d="M21 12.8A9 9 0 1 1 11.2 3a7 7 0 0 0 9.8 9.8z" />
        ) : (
          <>
            <rect x="3" y="4" width="18" height="12" rx="2" />
            <path d="M8 20h8M12 16v4" />
          </>
        )}
      </svg>
      <span className="sr-only sm:not-sr-only">{label}</span>
    </button>
  );
}
