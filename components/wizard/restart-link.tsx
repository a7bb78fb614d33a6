"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";

/**
 * On the 404 page, for a diagnosis address that does not exist (a renamed or mistyped answer): the start
 * of the tree named in the address. The 404 page is built once, so this reads the address in the browser.
 */
export function RestartLink({ trees }: { trees: { id: string; title: string }[] }) {
  const pathname = usePathname();
  const [, section, treeId] = pathname.split("/");
  const tree = section === "diagnose" ? trees.find((t) => t.id === treeId) : undefined;
  if (!tree) return null;
  return (
    <p className="mt-6 rounded-md border-l-4 border-accent bg-accent-soft px-4 py-3">
      This was a step of a diagnosis that does not exist (any more).{" "}
      <Link prefetch={false} href={`/diagnose/${tree.id}`} className="font-medium text-accent underline underline-offset-4">
        Start “{tree.title}” from the first question
      </Link>
    </p>
  );
}
