import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ContentProblems } from "@/components/dev/content-problems";
import { WizardPage } from "@/components/wizard/wizard-page";
import { brokenFile } from "@/lib/content";
import { loadWizardState, wizardStateParams } from "@/lib/wizard/params";
import { stateMetadata } from "@/lib/wizard/metadata";

// Every state is built ahead; any other path is a 404 (app/not-found.tsx offers the tree's start). Old
// addresses of renamed answers are redirected by the server (next.config.ts). Nothing is rendered on
// demand, so no request can make the server store a page.
export const dynamicParams = false;

export const generateStaticParams = wizardStateParams;

async function load(props: PageProps<"/diagnose/[tree]/[[...answers]]">) {
  const { tree, answers } = await props.params;
  return { treeId: tree, loaded: loadWizardState(tree, answers) };
}

export async function generateMetadata(props: PageProps<"/diagnose/[tree]/[[...answers]]">): Promise<Metadata> {
  const { loaded } = await load(props);
  return loaded ? stateMetadata(loaded) : { title: "Step not found" };
}

export default async function WizardStatePage(props: PageProps<"/diagnose/[tree]/[[...answers]]">) {
  const { treeId, loaded } = await load(props);
  if (!loaded) {
    const broken = brokenFile({ treeId });
    if (broken) return <ContentProblems file={broken.file.file} problems={broken.problems} />;
    notFound();
  }
  return <WizardPage {...loaded} />;
}
