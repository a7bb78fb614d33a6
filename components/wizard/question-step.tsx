import Link from "next/link";
import { stateUrl, type QuestionNode } from "@/lib/content";
import { CodeBlock } from "@/components/mdx/code-block";
import { InlineHtml } from "@/components/inline-html";
import { AnalyzeLink } from "@/components/analyze/analyze-link";
import { QUESTION_OFFERS } from "@/lib/analyze/offers";
import { StepHeading } from "./step-heading";

/** A question: what to look at, optionally a command to run, and the answers as real links. */
export function QuestionStep({ treeId, nodeId, node, slugs }: { treeId: string; nodeId: string; node: QuestionNode; slugs: string[] }) {
  return (
    <section aria-labelledby="wizard-step" className="mt-8">
      <p className="text-sm font-medium text-muted">Question {slugs.length + 1}</p>
      <StepHeading>
        <InlineHtml text={node.text} />
      </StepHeading>
      {node.help && (
        <p className="mt-3 max-w-3xl text-muted">
          <InlineHtml text={node.help} />
        </p>
      )}
      {node.command && (
        <div className="max-w-3xl">
          <CodeBlock data-language="bash" tabIndex={0}>
            <code>{node.command}</code>
          </CodeBlock>
        </div>
      )}
      <AnalyzeLink offer={QUESTION_OFFERS[`${treeId}/${nodeId}`]} />
      <h3 id="answers-title" className="mt-6 font-semibold">
        What do you see?
      </h3>
      <ul aria-labelledby="answers-title" className="mt-3 grid max-w-3xl gap-3">
        {node.answers.map((answer) => (
          <li key={answer.slug}>
            <Link
              href={stateUrl(treeId, [...slugs, answer.slug])}
              data-slug={answer.slug}
              className="block rounded-lg border border-line px-4 py-3 hover:border-accent hover:bg-accent-soft"
            >
              <InlineHtml text={answer.label} />
            </Link>
          </li>
        ))}
      </ul>
    </section>
  );
}
