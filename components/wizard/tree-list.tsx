import Link from "next/link";
import { guideLabel, type Article, type Tree } from "@/lib/content";
import { PROVIDER_SHORT } from "@/lib/site";

export type TreeEntry = { tree: Tree; guide: Article };

/** Every decision tree, by the code it diagnoses. */
export function TreeList({ entries }: { entries: TreeEntry[] }) {
  return (
    <ul className="mt-4 grid gap-3 sm:grid-cols-2">
      {entries.map(({ tree, guide }) => (
        <li key={tree.id} className="rounded-lg border border-line p-4 hover:border-accent">
          <Link
            prefetch={false}
            href={`/diagnose/${tree.id}`}
            className="font-mono font-semibold text-accent underline-offset-4 hover:underline"
          >
            {guideLabel(guide)}
          </Link>
          <span className="ml-2 text-sm text-muted">{guide.provider ? PROVIDER_SHORT[guide.provider] : "Playbook"}</span>
          <p className="mt-1 text-sm text-muted">{tree.title}</p>
        </li>
      ))}
    </ul>
  );
}
