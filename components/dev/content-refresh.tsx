"use client";

import { useRouter } from "next/navigation";
import { useEffect } from "react";

/**
 * Development only (the layout renders it under `next dev`): when the content compiler, running beside the
 * dev server, writes a new library, the open page renders again with the edit. Polls once a second.
 */
export function ContentRefresh() {
  const router = useRouter();
  useEffect(() => {
    let last: number | undefined;
    const timer = setInterval(async () => {
      try {
        const { version } = (await (await fetch("/api/dev/content-version", { cache: "no-store" })).json()) as { version: number };
        if (last !== undefined && version !== last) router.refresh();
        last = version;
      } catch {
        // the dev server is restarting: try again next tick
      }
    }, 1000);
    return () => clearInterval(timer);
  }, [router]);
  return null;
}
