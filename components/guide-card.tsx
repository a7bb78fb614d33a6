import Link from "next/link";
import { guideLabel, type Article } from "@/lib/content";

/** The title without a leading "<code>: ", which the card already shows as its label. */
export function titleAfterCode(article: Article): string {
  const code = article.meta.codes[0];
  return code && article.meta.title.startsWith(`${code}: `) ? article.meta.title.slice(code.length + 2) : article.meta.title;
}

/** One guide in a list: the whole card is the link; the code (or title), then what it means. */
export function GuideCard({ article, headingLevel = 4 }: { article: Article; headingLevel?: 3 | 4 }) {
  const code = article.meta.codes[0];
  const Heading = `h${headingLevel}` as const;
  return (
    <li>
      <Link
        prefetch={false}
        href={article.url}
        className="guide-card block h-full rounded-lg border border-line p-4 hover:border-accent focus-visible:border-accent"
      >
        <Heading className="font-semibold">
          {code ? (
            <span className="font-mono text-accent">{guideLabel(article)}</span>
          ) : (
            <span className="text-accent">{article.meta.title}</span>
          )}
          {article.meta.draft && <span className="ml-2 rounded bg-[var(--warn-bg)] px-1.5 text-xs font-medium">Draft</span>}
        </Heading>
        {code && <p className="mt-1 font-medium">{titleAfterCode(article)}</p>}
        <p className="mt-1 text-sm text-muted">{article.meta.summary}</p>
      </Link>
    </li>
  );
}

export function GuideList({ articles, headingLevel }: { articles: Article[]; headingLevel?: 3 | 4 }) {
  return (
    <ul className="mt-3 grid gap-3 sm:grid-cols-2">
      {articles.map((a) => (
        <GuideCard key={a.url} article={a} headingLevel={headingLevel} />
      ))}
    </ul>
  );
}
