"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";

/**
 * On the 404 page, for a diagnosis address that does not exist (a mistyped or outdated answer): the
 * first question of the diagnosis named in the address. The 404 page is built once and shipped with
 * every page, so this reads the address in the browser and needs no list of trees.
 */
export function RestartLink() {
  const [, section, treeId] = usePathname().split("/");
  if (section !== "diagnose" || !treeId || !/^[a-z0-9-]+$/.test(treeId)) return null;
  return (
    <p className="mt-6 rounded-md border-l-4 border-accent bg-accent-soft px-4 py-3">
      This was a step of a diagnosis that does not exist (any more).{" "}
      <Link prefetch={false} href={`/diagnose/${treeId}`} className="font-medium text-accent underline underline-offset-4">
        Start this diagnosis from the first question
      </Link>
    </p>
  );
}
