"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";

/**
 * On the wizard's 404 page: the start of the tree named in the address, when it exists. Rendered on the
 * server too (usePathname works during server rendering), so it needs no JavaScript.
 */
export function RestartLink({ trees }: { trees: { id: string; title: string }[] }) {
  const pathname = usePathname();
  const treeId = pathname.split("/")[2];
  const tree = trees.find((t) => t.id === treeId);
  if (!tree) return null;
  return (
    <p className="mt-6">
      <Link href={`/diagnose/${tree.id}`} className="rounded-md bg-accent px-4 py-2 font-medium text-bg">
        Start “{tree.title}” from the first question
      </Link>
    </p>
  );
}
