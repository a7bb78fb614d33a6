import type { Metadata } from "next";
import { notFound, permanentRedirect } from "next/navigation";
import { WizardPage } from "@/components/wizard/wizard-page";
import { loadWizardState, wizardStateParams } from "@/lib/wizard/params";
import { stateMetadata } from "@/lib/wizard/metadata";
import { stateUrl } from "@/lib/wizard/step";

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
  // An old link with a renamed answer slug: send it to the state's current address.
  const { answers = [] } = await props.params;
  if (loaded.state.slugs.join("/") !== answers.map(decodeURIComponent).join("/")) {
    permanentRedirect(stateUrl(loaded.tree.id, loaded.state.slugs));
  }
  return <WizardPage {...loaded} />;
}
