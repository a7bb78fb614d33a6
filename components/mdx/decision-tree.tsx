import { stateUrl, type Tree } from "@/lib/content";
import { InlineHtml } from "@/components/inline-html";
import { CodeBlock } from "@/components/mdx/code-block";
import { DecisionTreeLoader } from "@/components/decision-tree/loader";

/**
 * `<DecisionTree />` in a guide: the guide's diagnosis, in place. Its first question is plain HTML whose
 * answers are links to the wizard's state URLs, so it works without JavaScript; the first answer loads the
 * small island that walks the rest of the tree here (decision-tree/island.tsx).
 */
export function DecisionTree({ tree }: { tree: Tree | undefined }) {
  const first = tree?.nodes[tree.start];
  if (!tree || first?.kind !== "question") return null;
  return (
    <section
      id="diagnose-tree"
      aria-labelledby="diagnose-tree-title"
      className="decision-tree not-prose my-6 rounded-lg border border-line p-4 sm:p-6"
    >
      <p className="text-sm font-medium text-muted">{tree.title}</p>
      <DecisionTreeLoader treeId={tree.id}>
        <p className="mt-1 text-sm text-muted">Question 1</p>
        <h3 id="diagnose-tree-title" className="mt-1 text-lg font-semibold">
          <InlineHtml text={first.text} />
        </h3>
        {first.help && (
          <p className="mt-2 text-muted">
            <InlineHtml text={first.help} />
          </p>
        )}
        {first.command && (
          <CodeBlock data-language="bash" tabIndex={0}>
            <code>{first.command}</code>
          </CodeBlock>
        )}
        <ul className="mt-4 grid gap-2" aria-label="Answers">
          {first.answers.map((answer) => (
            <li key={answer.slug}>
              {/* A plain link: with JavaScript the loader walks the tree here instead; without, it opens the wizard. */}
              <a
                href={stateUrl(tree.id, [answer.slug])}
                data-answer={answer.slug}
                className="block rounded-lg border border-line px-4 py-3 hover:border-accent hover:bg-accent-soft"
              >
                <InlineHtml text={answer.label} />
              </a>
            </li>
          ))}
        </ul>
      </DecisionTreeLoader>
    </section>
  );
}
