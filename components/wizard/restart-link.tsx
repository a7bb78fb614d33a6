"use client";

import Link from "next/link";
import { useEffect, useState } from "react";

/**
 * On the 404 page, for a diagnosis address that does not exist (a mistyped or outdated answer): the
 * first question of the diagnosis named in the address. The 404 page is built once and shipped with
 * every page, so this reads the address in the browser, after hydration (rendering it during hydration
 * would differ from the built HTML).
 */
export function RestartLink() {
  const [treeId, setTreeId] = useState<string>();
  useEffect(() => {
    const [, section, id] = location.pathname.split("/");
    // Read once the page is live: the built 404 page cannot know the address.
    // eslint-disable-next-line react-hooks/set-state-in-effect
    if (section === "diagnose" && id && /^[a-z0-9-]+$/.test(id)) setTreeId(id);
  }, []);
  if (!treeId) return null;
  return (
    <p className="mt-6 rounded-md border-l-4 border-accent bg-accent-soft px-4 py-3">
      This was a step of a diagnosis that does not exist (any more).{" "}
      <Link prefetch={false} href={`/diagnose/${treeId}`} className="font-medium text-accent underline underline-offset-4">
        Start this diagnosis from the first question
      </Link>
    </p>
  );
}
