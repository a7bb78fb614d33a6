import Link from "next/link";
import type { Article, ErrorClass, Provider } from "@/lib/content";
import { ERROR_CLASSES } from "@/lib/content";
import { CLASS_LABELS, PROVIDER_LABELS, PROVIDER_ORDER } from "@/lib/site";

function GuideList({ articles }: { articles: Article[] }) {
  return (
    <ul className="mt-3 grid gap-3 sm:grid-cols-2">
      {articles.map((a) => (
        <li key={a.url} className="rounded-lg border border-line p-4 hover:border-accent">
          <Link prefetch={false} href={a.url} className="font-mono font-semibold text-accent underline-offset-4 hover:underline">
            {a.meta.code ?? a.meta.title}
          </Link>
          {a.meta.code && <p className="mt-1 font-medium">{a.meta.title}</p>}
          <p className="mt-1 text-sm text-muted">{a.meta.summary}</p>
        </li>
      ))}
    </ul>
  );
}

/** Every guide, grouped by provider and class (error guides), then compare guides and playbooks. */
export function Catalogue({ articles }: { articles: Article[] }) {
  const errors = articles.filter((a) => a.kind === "error");
  const providers = PROVIDER_ORDER.filter((p) => errors.some((a) => a.provider === p));
  const byClass = (provider: Provider, cls: ErrorClass) =>
    errors.filter((a) => a.provider === provider && a.meta.class === cls);
  const compare = articles.filter((a) => a.kind === "compare");
  const playbooks = articles.filter((a) => a.kind === "playbook");
  return (
    <section id="catalogue" aria-labelledby="catalogue-title" className="mt-12">
      <h2 id="catalogue-title" className="text-2xl font-bold tracking-tight">
        All guides
      </h2>
      {providers.map((provider) => (
        <section key={provider} id={`provider-${provider}`} aria-labelledby={`provider-${provider}-title`} className="mt-8">
          <h3 id={`provider-${provider}-title`} className="text-xl font-semibold">
            {PROVIDER_LABELS[provider]}
          </h3>
          {ERROR_CLASSES.filter((cls) => byClass(provider, cls).length > 0).map((cls) => (
            <div key={cls} className="mt-4">
              <h4 className="font-semibold">
                {CLASS_LABELS[cls].label} <span className="font-normal text-muted">· {CLASS_LABELS[cls].blurb}</span>
              </h4>
              <GuideList articles={byClass(provider, cls)} />
            </div>
          ))}
        </section>
      ))}
      {compare.length > 0 && (
        <section id="compare" aria-labelledby="compare-title" className="mt-8">
          <h3 id="compare-title" className="text-xl font-semibold">Compare guides</h3>
          <GuideList articles={compare} />
        </section>
      )}
      {playbooks.length > 0 && (
        <section id="playbooks" aria-labelledby="playbooks-title" className="mt-8">
          <h3 id="playbooks-title" className="text-xl font-semibold">Playbooks</h3>
          <GuideList articles={playbooks} />
        </section>
      )}
    </section>
  );
}
