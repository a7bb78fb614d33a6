import Link from "next/link";
import { guideLabel, mapUrl, stateUrl, type Article, type Tree, type ValidState } from "@/lib/content";
import { Breadcrumb } from "@/components/article/breadcrumb";
import { DeadEndStep, HandoverStep, OutcomeStep } from "./ending-steps";
import { QuestionStep } from "./question-step";
import { TicketCopy } from "@/components/ticket-copy";
import { ticketForStep } from "@/lib/ticket-for";
import { WizardMarks } from "./wizard-marks";
import { Trail } from "./trail";

type Props = { tree: Tree; guide: Article; state: ValidState };

/** One wizard state, rendered on the server: the trail, the current step, and the ways out. */
export function WizardPage({ tree, guide, state }: Props) {
  const { node, nodeId, slugs, trail } = state;
  return (
    <div className="max-w-4xl">
      <Breadcrumb items={[{ label: "Diagnose", href: "/diagnose" }, { label: guideLabel(guide) }]} />
      <h1 className="text-3xl font-bold tracking-tight">{tree.title}</h1>
      <p className="mt-2 text-muted">
        Answer with what you see; each step has its own link you can share.{" "}
        <Link prefetch={false} href={guide.url} className="text-accent underline underline-offset-4">
          Read the {guideLabel(guide)} guide
        </Link>
      </p>
      <Trail treeId={tree.id} trail={trail} />
      <WizardMarks />
      {node.kind === "question" && <QuestionStep treeId={tree.id} nodeId={nodeId} node={node} slugs={slugs} />}
      {node.kind === "outcome" && <OutcomeStep node={node} guide={guide} url={stateUrl(tree.id, slugs)} trail={trail} />}
      {node.kind === "handover" && <HandoverStep node={node} url={stateUrl(tree.id, slugs)} />}
      {node.kind === "dead-end" && <DeadEndStep node={node} guide={guide} url={stateUrl(tree.id, slugs)} />}
      {node.kind !== "outcome" && (
        <TicketCopy
          text={ticketForStep(tree, guide, state) ?? ""}
          context={node.kind === "question" ? `step ${slugs.length + 1}` : node.kind === "handover" ? "the handover" : "what to collect"}
        />
      )}
      <nav aria-label="Wizard" className="mt-10 flex flex-wrap gap-x-6 gap-y-2 border-t border-line pt-4 text-sm">
        <Link prefetch={false} href={`/diagnose/${tree.id}`} className="text-accent underline underline-offset-4">
          Start over
        </Link>
        <Link prefetch={false} href={mapUrl(tree.id, slugs)} className="text-accent underline underline-offset-4">
          See the whole tree{slugs.length > 0 ? " with your path" : ""}
        </Link>
      </nav>
    </div>
  );
}
