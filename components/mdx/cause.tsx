import type { ReactNode } from "react";
import { FeedbackForm } from "@/components/feedback/feedback-form";
import { Heading } from "./heading";

type CauseProps = {
  id: string;
  title: string;
  signal?: string;
  fix?: string;
  formerIds?: string;
  children?: ReactNode;
  /** The guide's URL, where the page knows it: each cause then asks "Did this fix it?" about itself. */
  guide?: string;
};

/**
 * One cause of an error: its own anchored section. The id is public: tickets link to it. `formerIds`
 * (added at build time from content/redirects.yaml) keeps the section's old anchors working.
 */
export function Cause({ id, title, formerIds, children, guide }: CauseProps) {
  return (
    <section aria-labelledby={id} className="cause my-8 rounded-lg border border-line px-4 pb-2 sm:px-6">
      {formerIds?.split(" ").map((former) => (
        <span key={former} id={former} />
      ))}
      <Heading level={3} id={id}>
        {title}
      </Heading>
      {children}
      {guide && <FeedbackForm place={`${guide}#${id}`} />}
    </section>
  );
}

type PartProps = { cause?: string; children?: ReactNode };

/** The four parts of a cause. `cause` is added at build time (see collect.ts) so each part has an anchor. */
function part(suffix: string, title: string) {
  function CausePart({ cause, children }: PartProps) {
    return (
      <div className={`cause-part cause-part-${suffix}`}>
        <Heading level={4} id={cause ? `${cause}-${suffix}` : undefined}>
          {title}
        </Heading>
        {children}
      </div>
    );
  }
  CausePart.displayName = `Cause${title}`;
  return CausePart;
}

export const Symptom = part("symptom", "How you can tell");
export const Check = part("check", "Check");
export const Fix = part("fix", "Fix");
export const Verify = part("verify", "Verify the fix");
