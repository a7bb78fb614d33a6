import { WizardFocus } from "@/components/wizard/wizard-focus";

/** The steps of a diagnosis share this layout (the map does not): focus follows each move to a new step. */

export default function TreeLayout({ children }: LayoutProps<"/diagnose/[tree]">) {
  return (
    <>
      <WizardFocus />
      {children}
    </>
  );
}
