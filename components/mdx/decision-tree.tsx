import Link from "next/link";
import { stateUrl, type Tree } from "@/lib/content";
import { InlineHtml } from "@/components/inline-html";

/**
 * `<DecisionTree />` in a guide: the guide's diagnosis starts right here. Its first question is plain HTML
 * whose answers are links to the wizard's state URLs, so it works without JavaScript.
 */
export function DecisionTree({ tree }: { tree: Tree | undefined }) {
  const first = tree?.nodes[tree.start];
  if (!tree || first?.kind !== "question") return null;
  return (
    <section id="diagnose-tree" aria-labelledby="diagnose-tree-title" className="decision-tree not-prose my-6 rounded-lg border border-line p-4 sm:p-6">
      <p className="text-sm font-medium text-muted">{tree.title} · question 1</p>
      <h3 id="diagnose-tree-title" className="mt-1 text-lg font-semibold">
        <InlineHtml text={first.text} />
      </h3>
      {first.help && (
        <p className="mt-2 text-muted">
          <InlineHtml text={first.help} />
        </p>
      )}
      <ul className="mt-4 grid gap-2">
        {first.answers.map((answer) => (
          <li key={answer.slug}>
            <Link prefetch={false} href={stateUrl(tree.id, [answer.slug])} className="block rounded-lg border border-line px-4 py-3 hover:border-accent hover:bg-accent-soft">
              <InlineHtml text={answer.label} />
            </Link>
          </li>
        ))}
      </ul>
    </section>
  );
}
