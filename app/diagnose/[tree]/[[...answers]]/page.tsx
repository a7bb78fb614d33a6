import type { Metadata } from "next";
import { notFound, permanentRedirect } from "next/navigation";
import { WizardPage } from "@/components/wizard/wizard-page";
import { loadWizardState, wizardStateParams } from "@/lib/wizard/params";
import { stateMetadata } from "@/lib/wizard/metadata";
import { stateUrl } from "@/lib/wizard/step";
import { safeDecode } from "@/lib/safe-decode";
import { Forward } from "@/components/forward";
import { STATIC_EXPORT } from "@/lib/deployment";

// Every state is built ahead; any other path is a 404 (app/not-found.tsx offers the tree's start).
// Nothing is rendered on demand, so no request can make the server store a page.
export const dynamicParams = false;

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
  if (loaded.state.slugs.join("/") !== answers.map((a) => safeDecode(a) ?? a).join("/")) {
    const current = stateUrl(loaded.tree.id, loaded.state.slugs);
    if (STATIC_EXPORT) return <Forward to={current} title={loaded.tree.data.title} />;
    permanentRedirect(current);
  }
  return <WizardPage {...loaded} />;
}
