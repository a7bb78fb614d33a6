import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { WizardPage } from "@/components/wizard/wizard-page";
import { loadWizardState, wizardStateParams } from "@/lib/wizard/params";
import { stateMetadata } from "@/lib/wizard/metadata";

// Every valid state is built ahead; other paths render the tree's own 404 (see ../not-found.tsx).
export const dynamicParams = true;

export const generateStaticParams = wizardStateParams;

async function load(props: PageProps<"/diagnose/[tree]/[[...answers]]">) {
  const { tree, answers } = await props.params;
  return loadWizardState(tree, answers);
}

export async function generateMetadata(props: PageProps<"/diagnose/[tree]/[[...answers]]">): Promise<Metadata> {
  const loaded = await load(props);
  return loaded ? stateMetadata(loaded) : { title: "Step not found" };
}

export default async function WizardStatePage(props: PageProps<"/diagnose/[tree]/[[...answers]]">) {
  const loaded = await load(props);
  if (!loaded) notFound();
  return <WizardPage {...loaded} />;
}
