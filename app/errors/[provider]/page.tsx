import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ProviderGuides, providersWithGuides } from "@/components/catalogue";
import { IndexPage } from "@/components/index-page";
import { OtherAadstsCodes } from "@/components/other-aadsts-codes";
import { errorGuides, PROVIDERS, type Provider } from "@/lib/content";
import { PROVIDER_LABELS } from "@/lib/site";

export const dynamicParams = false;

export function generateStaticParams() {
  return providersWithGuides(errorGuides()).map((provider) => ({ provider }));
}

function providerOf(value: string): Provider | undefined {
  return PROVIDERS.find((p) => p === value);
}

export async function generateMetadata(props: PageProps<"/errors/[provider]">): Promise<Metadata> {
  const provider = providerOf((await props.params).provider);
  if (!provider) return {};
  return {
    title: `${PROVIDER_LABELS[provider]} errors`,
    description: `Every ${PROVIDER_LABELS[provider]} error guide on Fixpath, by class: authentication, authorization, request and transport.`,
    alternates: { canonical: `/errors/${provider}` },
  };
}

export default async function ProviderIndex(props: PageProps<"/errors/[provider]">) {
  const provider = providerOf((await props.params).provider);
  if (!provider) notFound();
  return (
    <IndexPage
      title={`${PROVIDER_LABELS[provider]} errors`}
      intro="Each guide explains one error: what it means, every known cause with the check that tells it apart, the fix, and how to verify it."
      crumbs={[{ label: "Guides", href: "/errors" }, { label: PROVIDER_LABELS[provider] }]}
    >
      <ProviderGuides articles={errorGuides()} provider={provider} level={2} />
      {provider === "azure" && <OtherAadstsCodes guides={errorGuides()} />}
    </IndexPage>
  );
}
