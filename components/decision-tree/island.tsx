import { useEffect, useRef, useState, type MouseEvent } from "react";
import { step, stateUrl, type RichText, type TakenAnswer, type ValidState } from "@/lib/content/client";
import { absolutize, publicOrigin } from "@/lib/public-origin";
import { ticketSummary } from "@/lib/ticket";
import type { TreeData } from "@/lib/tree-data";
import { CopyButton } from "@/components/copy-button";
import { TicketFrame, TicketPreview } from "@/components/ticket-copy";

const Html = ({ text }: { text: RichText }) => <span dangerouslySetInnerHTML={{ __html: text.html }} />;

/** The answers in the address (`?diagnose=a/b`), when they are a path of this tree. */
function fromAddress(data: TreeData): string[] {
  const slugs = (new URLSearchParams(location.search).get("diagnose") ?? "").split("/").filter(Boolean);
  return step(data.tree, slugs).ok ? slugs : [];
}

/** The address of a state on the guide page: a reload, a shared link, back and forward all reproduce it. */
function pageAddress(slugs: string[]): string {
  const params = new URLSearchParams(location.search);
  if (slugs.length > 0) params.set("diagnose", slugs.join("/"));
  else params.delete("diagnose");
  const query = params.toString();
  return `${location.pathname}${query ? `?${query.replace(/%2F/g, "/")}` : ""}#diagnose-tree`;
}

/**
 * The guide's decision tree, walked in place: the same tree and step logic as the wizard pages, the
 * outcome showing the cause's own Fix and Verify from this page (copied in, not written twice). Each
 * state is in the address; focus moves to each new step and the step is announced.
 */
export function DecisionTreeIsland({ data, initial, answered }: { data: TreeData; initial: string[]; answered: boolean }) {
  const [slugs, setSlugs] = useState(() => (step(data.tree, initial).ok ? initial : []));
  const heading = useRef<HTMLHeadingElement>(null);
  // Focus follows every move; on the first render only when the reader has just answered the first question.
  const moved = useRef(answered);
  const state = step(data.tree, slugs) as ValidState;

  useEffect(() => {
    // The first answer came from a click on the server-rendered question: record it in the address.
    if (initial.length > 0 && !new URLSearchParams(location.search).get("diagnose")) history.pushState(null, "", pageAddress(initial));
    const onPop = () => setSlugs(fromAddress(data));
    window.addEventListener("popstate", onPop);
    return () => window.removeEventListener("popstate", onPop);
  }, [data, initial]);

  useEffect(() => {
    if (moved.current) heading.current?.focus();
    moved.current = true;
  }, [slugs]);

  const go = (next: string[]) => {
    history.pushState(null, "", pageAddress(next));
    setSlugs(next);
  };
  const follow = (next: string[]) => (event: MouseEvent) => {
    if (event.metaKey || event.ctrlKey || event.shiftKey || event.button !== 0) return; // a new tab opens the wizard page
    event.preventDefault();
    go(next);
  };

  const { node, trail } = state;
  const label =
    node.kind === "question"
      ? `Question ${slugs.length + 1}`
      : node.kind === "outcome"
        ? "Most likely cause"
        : node.kind === "handover"
          ? "This is a different error"
          : "No known cause fits";
  return (
    <div>
      {trail.length > 0 && <Trail trail={trail} onChange={go} />}
      <p className="mt-4 text-sm text-muted">{label}</p>
      {node.kind === "question" && (
        <>
          <h3
            id="diagnose-tree-title"
            ref={heading}
            tabIndex={-1}
            className="mt-1 text-lg font-semibold focus:outline-none focus-visible:outline-3"
          >
            <Html text={node.text} />
          </h3>
          {node.help && (
            <p className="mt-2 text-muted">
              <Html text={node.help} />
            </p>
          )}
          {node.command && <Command command={node.command} />}
          <ul className="mt-4 grid gap-2" aria-label="Answers">
            {node.answers.map((a) => (
              <li key={a.slug}>
                <a
                  href={stateUrl(data.tree.id, [...slugs, a.slug])}
                  onClick={follow([...slugs, a.slug])}
                  className="block rounded-lg border border-line px-4 py-3 hover:border-accent hover:bg-accent-soft"
                >
                  <Html text={a.label} />
                </a>
              </li>
            ))}
          </ul>
        </>
      )}
      {node.kind === "outcome" && (
        <Outcome data={data} state={state} headingRef={heading} causeKey={`${node.guide ?? data.guide.url}#${node.cause}`} />
      )}
      {node.kind === "handover" && (
        <>
          <h3 id="diagnose-tree-title" ref={heading} tabIndex={-1} className="mt-1 text-lg font-semibold focus:outline-none">
            <Html text={node.text} />
          </h3>
          <p className="mt-3 flex flex-wrap gap-3">
            <a href={`/diagnose/${node.tree}`} className="rounded-md bg-accent px-4 py-2 font-medium text-bg">
              Continue with {data.handovers[node.tree]?.title ?? node.tree}
            </a>
            {data.handovers[node.tree]?.guideUrl && (
              <a href={data.handovers[node.tree]?.guideUrl} className="rounded-md border border-line px-4 py-2 font-medium">
                Read the {data.handovers[node.tree]?.guideLabel} guide
              </a>
            )}
          </p>
        </>
      )}
      {node.kind === "dead-end" && (
        <>
          <h3 id="diagnose-tree-title" ref={heading} tabIndex={-1} className="mt-1 text-lg font-semibold focus:outline-none">
            <Html text={node.text} />
          </h3>
          <h4 className="mt-4 font-semibold">Collect this for a support ticket</h4>
          <ul className="mt-2 list-disc space-y-1 pl-6">
            {node.collect.map((item) => (
              <li key={item.md}>
                <Html text={item} />
              </li>
            ))}
          </ul>
        </>
      )}
      <p className="mt-6 flex flex-wrap gap-x-6 gap-y-2 border-t border-line pt-3 text-sm">
        {slugs.length > 0 && (
          <button type="button" onClick={() => go([])} className="text-accent underline underline-offset-4">
            Start over
          </button>
        )}
        <a href={stateUrl(data.tree.id, slugs)} className="text-accent underline underline-offset-4">
          Open this step as its own page
        </a>
      </p>
      <p role="status" className="sr-only">
        {`${label}: ${node.kind === "question" || node.kind === "handover" || node.kind === "dead-end" ? node.text.plain : (data.causes[`${node.guide ?? data.guide.url}#${node.cause}`]?.title ?? "")}`}
      </p>
    </div>
  );
}

function Trail({ trail, onChange }: { trail: TakenAnswer[]; onChange: (slugs: string[]) => void }) {
  return (
    <ol className="mt-3 space-y-2 rounded-md bg-surface p-3 text-sm" aria-label="Your answers so far">
      {trail.map((t, i) => (
        <li key={t.nodeId}>
          <span className="text-muted">
            {i + 1}. <Html text={t.question} />
          </span>{" "}
          <span className="font-medium">
            <Html text={t.label} />
          </span>{" "}
          <button type="button" onClick={() => onChange(t.before)} className="text-accent underline underline-offset-4">
            Change<span className="sr-only"> answer {i + 1}</span>
          </button>
        </li>
      ))}
    </ol>
  );
}

function Command({ command }: { command: string }) {
  return (
    <div data-code-block className="code-block not-prose mt-3">
      <div className="code-block-bar">
        <span>Shell</span>
        <CopyButton mode="code" label="Copy shell code" />
      </div>
      <pre tabIndex={0}>
        <code>{command}</code>
      </pre>
    </div>
  );
}

function Outcome({
  data,
  state,
  causeKey,
  headingRef,
}: {
  data: TreeData;
  state: ValidState;
  causeKey: string;
  headingRef: React.RefObject<HTMLHeadingElement | null>;
}) {
  const cause = data.causes[causeKey];
  const parts = useRef<HTMLDivElement>(null);
  const onThisPage = cause?.guideUrl === data.guide.url;
  useEffect(() => {
    // The cause's own Fix and Verify, from its section on this page: one source, shown twice.
    const target = parts.current;
    const section = cause && onThisPage ? document.querySelector(`section.cause[aria-labelledby="${cause.id}"]`) : null;
    if (!target || !section) return;
    target.replaceChildren(
      ...[".cause-part-fix", ".cause-part-verify"].flatMap((selector) => {
        const part = section.querySelector(selector);
        if (!part) return [];
        const copy = part.cloneNode(true) as Element;
        copy.querySelectorAll("[id]").forEach((el) => el.removeAttribute("id"));
        copy.removeAttribute("id");
        return [copy];
      }),
    );
  }, [cause, onThisPage]);
  if (!cause) return null;
  const origin = publicOrigin();
  const ticket = ticketSummary({
    error: cause.error,
    cause: cause.title,
    answers: state.trail.map((t) => ({ question: t.question.md, answer: t.label.md })),
    fix: absolutize(cause.fixMarkdown, origin),
    verifyCommand: cause.verifyCommand,
    url: `${origin}${stateUrl(data.tree.id, state.slugs)}`,
    lastReviewed: cause.lastReviewed,
  });
  return (
    <>
      <h3 id="diagnose-tree-title" ref={headingRef} tabIndex={-1} className="mt-1 text-lg font-semibold focus:outline-none">
        {cause.title}
      </h3>
      <p className="mt-2">
        <a href={onThisPage ? `#${cause.id}` : `${cause.guideUrl}#${cause.id}`} className="text-accent underline underline-offset-4">
          {onThisPage ? "Read this cause on this page" : `Read this cause in the ${cause.guideLabel} guide`}
        </a>
      </p>
      <div ref={parts} className="prose mt-2 max-w-none" />
      <TicketFrame button={<CopyButton mode="ticket" label={`Copy for ticket: ${cause.title}`} />}>
        <TicketPreview>{ticket}</TicketPreview>
      </TicketFrame>
    </>
  );
}
