import type { ReactNode } from "react";

/** The heading of the current step: focus lands here after each answer (see WizardFocus). */
export function StepHeading({ children }: { children: ReactNode }) {
  return (
    <h2 id="wizard-step" tabIndex={-1} className="text-2xl font-semibold tracking-tight focus:outline-none focus-visible:outline-3">
      {children}
    </h2>
  );
}
