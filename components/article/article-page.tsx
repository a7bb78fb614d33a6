import Link from "next/link";
import { problemsOfFile, relatedArticles, treeForGuide, type Article } from "@/lib/content";
import { ContentProblems } from "@/components/dev/content-problems";
import { formatDate } from "@/lib/site";
import { articleComponents } from "@/components/mdx/article-components";
import { MdxContent } from "@/components/mdx/mdx-content";
import { Badges } from "./badges";
import { MatchedCause } from "./matched-cause";
import { Breadcrumb, type Crumb } from "./breadcrumb";
import { References } from "./references";
import { RelatedGuides } from "./related-guides";
import { TableOfContents } from "./table-of-contents";

/** The page of any article kind: error guide, compare guide or playbook. */
export function ArticlePage({ article, crumbs }: { article: Article; crumbs: Crumb[] }) {
  const related = relatedArticles(article);
  const tree = treeForGuide(article.url);
  const { meta } = article;
  const problems = problemsOfFile(article.file);
  const toc = [
    ...article.toc,
    ...(related.length > 0 ? [{ id: "related-guides", text: "Related guides", depth: 2 as const }] : []),
    { id: "references", text: "Official references", depth: 2 as const },
  ];
  return (
    <article className="grid gap-x-10 lg:grid-cols-[minmax(0,1fr)_16rem]">
      <div className="min-w-0 lg:col-start-1">
        {problems.length > 0 && <ContentProblems file={article.file} problems={problems} compact />}
        <Breadcrumb items={crumbs} />
        <header className="border-b border-line pb-6">
          <Badges article={article} />
          <h1 className="mt-4 text-3xl font-bold tracking-tight sm:text-4xl">{meta.title}</h1>
          <p className="mt-3 text-lg text-muted">{meta.summary}</p>
          {meta.httpStatusNote && (
            <p className="mt-3 text-sm">
              <strong>HTTP status:</strong> {meta.httpStatusNote}
            </p>
          )}
          <p className="mt-3 text-sm text-muted">
            Last reviewed <time dateTime={meta.lastReviewed}>{formatDate(meta.lastReviewed)}</time>
            {meta.lastVerified ? (
              <>
                {" "}
                · verified <time dateTime={meta.lastVerified}>{formatDate(meta.lastVerified)}</time>
              </>
            ) : (
              " · not yet verified"
            )}{" "}
            ·{" "}
            <Link prefetch={false} href="/editorial#verification" className="underline underline-offset-4">
              How we check guides
            </Link>
          </p>
          {tree && (
            <p className="no-print mt-5">
              <Link prefetch={false} href={`/diagnose/${tree.id}`} className="inline-block rounded-md bg-accent px-4 py-2 font-medium text-bg hover:opacity-90">
                Diagnose this error
              </Link>
              <span className="ml-3 text-sm text-muted">A few questions about what you see lead to one cause.</span>
            </p>
          )}
        </header>
      </div>
      <div className="mt-6 lg:col-start-2 lg:row-span-2 lg:row-start-1 lg:mt-0">
        <TableOfContents entries={toc} />
      </div>
      <div className="min-w-0 lg:col-start-1">
        <div className="prose mt-6">
          <MdxContent code={article.code} components={articleComponents(article, tree)} />
        </div>
        <RelatedGuides articles={related} />
        <References references={meta.references} />
        {article.causes.length > 0 && <MatchedCause />}
      </div>
    </article>
  );
}
