import Link from "next/link";
import {
  getCause,
  getTree,
  getArticle,
  guideLabel,
  type Article,
  type DeadEndNode,
  type HandoverNode,
  type OutcomeNode,
  type TakenAnswer,
} from "@/lib/content";
import { FeedbackForm } from "@/components/feedback/feedback-form";
import { MdxContent } from "@/components/mdx/mdx-content";
import { TicketCopy } from "@/components/ticket-copy";
import { InlineHtml } from "@/components/inline-html";
import { ticketForCause } from "@/lib/ticket-for";
import { outcomeComponents } from "./outcome-components";
import { StepHeading } from "./step-heading";

/** The cause the answers lead to: its fix and verification, taken from the guide's own cause section. */
export function OutcomeStep({ node, guide, url, trail }: { node: OutcomeNode; guide: Article; url: string; trail: TakenAnswer[] }) {
  const found = getCause(node.guide ?? guide.url, node.cause);
  if (!found) throw new Error(`outcome names a missing cause: ${node.guide ?? guide.url}#${node.cause}`);
  const { article, cause } = found;
  return (
    <section aria-labelledby="wizard-step" className="mt-8">
      <p className="text-sm font-medium text-muted">Most likely cause</p>
      <StepHeading>{cause.title}</StepHeading>
      <p className="mt-3">
        <Link prefetch={false} href={`${article.url}#${cause.id}`} className="text-accent underline underline-offset-4">
          Read this cause in the {guideLabel(article)} guide
        </Link>
      </p>
      <div className="prose mt-2 max-w-3xl">
        <MdxContent code={cause.code} components={outcomeComponents} />
      </div>
      <TicketCopy text={ticketForCause(article, cause.id, { url, trail }) ?? ""} context={cause.title} />
      <FeedbackForm place={url} />
    </section>
  );
}

/** "This is really another error": continue in that error's tree. */
export function HandoverStep({ node, url }: { node: HandoverNode; url?: string }) {
  const target = getTree(node.tree);
  const targetGuide = target && getArticle(target.guide);
  return (
    <section aria-labelledby="wizard-step" className="mt-8">
      <p className="text-sm font-medium text-muted">This is a different error</p>
      <StepHeading>
        <InlineHtml text={node.text} />
      </StepHeading>
      <p className="mt-4 flex flex-wrap gap-3">
        <Link prefetch={false} href={`/diagnose/${node.tree}`} className="rounded-md bg-accent px-4 py-2 font-medium text-bg">
          Continue with {target?.title ?? node.tree}
        </Link>
        {targetGuide && (
          <Link prefetch={false} href={targetGuide.url} className="rounded-md border border-line px-4 py-2 font-medium">
            Read the {guideLabel(targetGuide)} guide
          </Link>
        )}
      </p>
      {url && <FeedbackForm place={url} question="Did this help?" />}
    </section>
  );
}

/** None of the known causes fits: say so honestly, and what to collect for a support ticket. */
export function DeadEndStep({ node, guide, url }: { node: DeadEndNode; guide: Article; url?: string }) {
  return (
    <section aria-labelledby="wizard-step" className="mt-8">
      <p className="text-sm font-medium text-muted">No known cause fits</p>
      <StepHeading>
        <InlineHtml text={node.text} />
      </StepHeading>
      <h3 className="mt-6 font-semibold">Collect this for a support ticket</h3>
      <ul className="mt-2 max-w-3xl list-disc space-y-1 pl-6">
        {node.collect.map((item) => (
          <li key={item.md}>
            <InlineHtml text={item} />
          </li>
        ))}
      </ul>
      <p className="mt-4">
        <Link prefetch={false} href={guide.url} className="text-accent underline underline-offset-4">
          Read the whole {guideLabel(guide)} guide
        </Link>
      </p>
      {url && <FeedbackForm place={url} question="Did this help?" />}
    </section>
  );
}
