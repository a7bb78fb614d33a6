import Link from "next/link";
import { problemsOfFile, relatedArticles, treeForGuide, type Article } from "@/lib/content";
import { ContentProblems } from "@/components/dev/content-problems";
import { REPORT_ANCHOR, ReportProblem } from "@/components/feedback/report-problem";
import { formatDate } from "@/lib/site";
import { articleComponents } from "@/components/mdx/article-components";
import { MdxContent } from "@/components/mdx/mdx-content";
import { Badges } from "./badges";
import { CausesAtAGlance } from "./causes-at-a-glance";
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
    ...(article.causes.length > 0 ? [{ id: "causes-at-a-glance", text: "Causes at a glance", depth: 2 as const }] : []),
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
          <p className="no-print mt-2 text-sm text-muted">
            <a href={`${article.url}.md`} className="underline underline-offset-4">
              Markdown version
            </a>{" "}
            · {/* To the report form at the foot of the guide, which posts to the feedback store (a plain link: no JavaScript needed). */}
            <a href={`#${REPORT_ANCHOR}`} className="underline underline-offset-4">
              Report a problem with this guide
            </a>
          </p>
          <CausesAtAGlance article={article} tree={tree} />
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
        <ReportProblem guide={article.url} />
        {article.causes.length > 0 && <MatchedCause />}
      </div>
    </article>
  );
}
