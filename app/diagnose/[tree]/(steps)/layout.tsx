import { WizardFocus } from "@/components/wizard/wizard-focus";

export default function TreeLayout({ children }: LayoutProps<"/diagnose/[tree]">) {
  return (
    <>
      <WizardFocus />
      {children}
    </>
  );
}
