import Link from "next/link";
import type { Article, TreeNode } from "@/lib/content";
import { getArticle, getCauseCode, getTree } from "@/lib/content";
import { MdxContent } from "@/components/mdx/mdx-content";
import { TicketCopy } from "@/components/ticket-copy";
import { ticketForCause } from "@/lib/ticket-for";
import type { TakenAnswer } from "@/lib/wizard/step";
import { InlineMarkdown } from "./inline-markdown";
import { outcomeComponents } from "./outcome-components";
import { StepHeading } from "./step-heading";

type Outcome = Extract<TreeNode, { kind: "outcome" }>;
type Handover = Extract<TreeNode, { kind: "handover" }>;
type DeadEnd = Extract<TreeNode, { kind: "dead-end" }>;

/** The cause the answers lead to: its fix and verification, taken from the guide's own cause section. */
export async function OutcomeStep({ node, guide, url, trail }: { node: Outcome; guide: Article; url: string; trail: TakenAnswer[] }) {
  const article = node.guide ? await getArticle(node.guide) : guide;
  const cause = article?.mdx.causes.find((c) => c.id === node.cause);
  const code = article && (await getCauseCode(article, node.cause));
  if (!article || !cause || !code) throw new Error(`outcome names a missing cause: ${node.guide ?? guide.url}#${node.cause}`);
  return (
    <section aria-labelledby="wizard-step" className="mt-8">
      <p className="text-sm font-medium text-muted">Most likely cause</p>
      <StepHeading>{cause.title}</StepHeading>
      <p className="mt-3">
        <Link prefetch={false} href={`${article.url}#${cause.id}`} className="text-accent underline underline-offset-4">
          Read this cause in the {article.meta.code ?? article.meta.title} guide
        </Link>
      </p>
      <div className="prose mt-2 max-w-3xl">
        <MdxContent code={code} components={outcomeComponents} />
      </div>
      <TicketCopy text={ticketForCause(article, cause.id, { url, trail }) ?? ""} context={cause.title} />
    </section>
  );
}

/** "This is really another error": continue in that error's tree. */
export async function HandoverStep({ node }: { node: Handover }) {
  const target = await getTree(node.tree);
  const targetGuide = target && (await getArticle(target.data.guide));
  return (
    <section aria-labelledby="wizard-step" className="mt-8">
      <p className="text-sm font-medium text-muted">This is a different error</p>
      <StepHeading>
        <InlineMarkdown text={node.text} />
      </StepHeading>
      <p className="mt-4 flex flex-wrap gap-3">
        <Link prefetch={false} href={`/diagnose/${node.tree}`} className="rounded-md bg-accent px-4 py-2 font-medium text-bg">
          Continue with {target?.data.title ?? node.tree}
        </Link>
        {targetGuide && (
          <Link prefetch={false} href={targetGuide.url} className="rounded-md border border-line px-4 py-2 font-medium">
            Read the {targetGuide.meta.code ?? targetGuide.meta.title} guide
          </Link>
        )}
      </p>
    </section>
  );
}

/** None of the known causes fits: say so honestly, and what to collect for a support ticket. */
export function DeadEndStep({ node, guide }: { node: DeadEnd; guide: Article }) {
  return (
    <section aria-labelledby="wizard-step" className="mt-8">
      <p className="text-sm font-medium text-muted">No known cause fits</p>
      <StepHeading>
        <InlineMarkdown text={node.text} />
      </StepHeading>
      <h3 className="mt-6 font-semibold">Collect this for a support ticket</h3>
      <ul className="mt-2 max-w-3xl list-disc space-y-1 pl-6">
        {node.collect.map((item) => (
          <li key={item}>
            <InlineMarkdown text={item} />
          </li>
        ))}
      </ul>
      <p className="mt-4">
        <Link prefetch={false} href={guide.url} className="text-accent underline underline-offset-4">
          Read the whole {guide.meta.code ?? guide.meta.title} guide
        </Link>
      </p>
    </section>
  );
}
