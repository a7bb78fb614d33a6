import type { Metadata } from "next";
import Link from "next/link";
import { providersWithGuides } from "@/components/catalogue";
import { IndexPage } from "@/components/index-page";
import { errorGuides } from "@/lib/content";
import { PROVIDER_LABELS } from "@/lib/site";

export const metadata: Metadata = {
  title: "Error guides by provider",
  description: "Every error guide on Fixpath, by the platform that reports it.",
  alternates: { canonical: "/errors" },
};

export default function ErrorsIndex() {
  const guides = errorGuides();
  return (
    <IndexPage
      title="Error guides by provider"
      intro="Pick the platform that reported the error, or paste the error itself."
      crumbs={[{ label: "Guides" }]}
    >
      <ul className="mt-8 grid gap-3 sm:grid-cols-2 lg:grid-cols-3">
        {providersWithGuides(guides).map((provider) => {
          const count = guides.filter((g) => g.provider === provider).length;
          return (
            <li key={provider}>
              <Link prefetch={false} href={`/errors/${provider}`} className="block rounded-lg border border-line p-4 hover:border-accent">
                <h2 className="font-semibold text-accent">{PROVIDER_LABELS[provider]}</h2>
                <p className="mt-1 text-sm text-muted">{count === 1 ? "1 guide" : `${count} guides`}</p>
              </Link>
            </li>
          );
        })}
      </ul>
    </IndexPage>
  );
}
