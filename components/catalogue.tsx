import Link from "next/link";
import type { Article, ErrorClass, Provider } from "@/lib/content";
import { ERROR_CLASSES } from "@/lib/content";
import { CLASS_LABELS, PROVIDER_LABELS, PROVIDER_ORDER } from "@/lib/site";
import { GuideList } from "./guide-card";

/** One provider's error guides, grouped by class (authentication, authorization, request, transport). */
export function ProviderGuides({ articles, provider, level = 3 }: { articles: Article[]; provider: Provider; level?: 2 | 3 }) {
  const byClass = (cls: ErrorClass) => articles.filter((a) => a.kind === "error" && a.provider === provider && a.meta.class === cls);
  const Heading = `h${level}` as const;
  return ERROR_CLASSES.filter((cls) => byClass(cls).length > 0).map((cls) => (
    <div key={cls} className="mt-4">
      <Heading className="font-semibold">
        {CLASS_LABELS[cls].label} <span className="font-normal text-muted">· {CLASS_LABELS[cls].blurb}</span>
      </Heading>
      <GuideList articles={byClass(cls)} headingLevel={level === 2 ? 3 : 4} />
    </div>
  ));
}

/** The providers that have at least one error guide, in catalogue order. */
export function providersWithGuides(articles: Article[]): Provider[] {
  return PROVIDER_ORDER.filter((p) => articles.some((a) => a.kind === "error" && a.provider === p));
}

/** Every guide, grouped by provider and class (error guides), then compare guides and playbooks. */
export function Catalogue({ articles }: { articles: Article[] }) {
  const compare = articles.filter((a) => a.kind === "compare");
  const playbooks = articles.filter((a) => a.kind === "playbook");
  return (
    <section id="catalogue" aria-labelledby="catalogue-title" className="mt-12">
      <h2 id="catalogue-title" className="text-2xl font-bold tracking-tight">
        All guides
      </h2>
      {providersWithGuides(articles).map((provider) => (
        <section key={provider} id={`provider-${provider}`} aria-labelledby={`provider-${provider}-title`} className="mt-8">
          <h3 id={`provider-${provider}-title`} className="text-xl font-semibold">
            <Link prefetch={false} href={`/errors/${provider}`} className="underline-offset-4 hover:underline">
              {PROVIDER_LABELS[provider]}
            </Link>
          </h3>
          <ProviderGuides articles={articles} provider={provider} />
        </section>
      ))}
      {compare.length > 0 && (
        <section id="compare" aria-labelledby="compare-title" className="mt-8">
          <h3 id="compare-title" className="text-xl font-semibold">
            <Link prefetch={false} href="/compare" className="underline-offset-4 hover:underline">
              Compare guides
            </Link>
          </h3>
          <GuideList articles={compare} />
        </section>
      )}
      {playbooks.length > 0 && (
        <section id="playbooks" aria-labelledby="playbooks-title" className="mt-8">
          <h3 id="playbooks-title" className="text-xl font-semibold">
            <Link prefetch={false} href="/playbooks" className="underline-offset-4 hover:underline">
              Playbooks
            </Link>
          </h3>
          <GuideList articles={playbooks} />
        </section>
      )}
    </section>
  );
}
