import type { Article, Tree } from "@/lib/content";

/**
 * The first screen of a guide: every cause in one row (how you can tell, the one-line fix, a link to its
 * section), most common first, and the diagnosis for a reader who cannot tell yet. Plain HTML: it works
 * without JavaScript and prints.
 */
export function CausesAtAGlance({ article, tree }: { article: Article; tree: Tree | undefined }) {
  if (article.causes.length === 0) return null;
  return (
    <section id="causes-at-a-glance" aria-labelledby="causes-at-a-glance-title" className="glance mt-6">
      <h2 id="causes-at-a-glance-title" className="text-lg font-semibold">
        Causes at a glance
      </h2>
      <ol className="mt-3 divide-y divide-line rounded-lg border border-line">
        {article.causes.map((cause, index) => (
          <li key={cause.id} className="glance-row grid gap-x-4 gap-y-1 px-3 py-2.5 text-sm sm:grid-cols-[minmax(0,2fr)_minmax(0,3fr)]">
            <p className="font-medium sm:col-span-2">
              <span className="text-muted">{index + 1}. </span>
              <a href={`#${cause.id}`} className="text-accent underline underline-offset-4">
                {cause.title}
              </a>
            </p>
            <p>
              <span className="font-medium">You can tell: </span>
              {cause.signal}
            </p>
            <p>
              <span className="font-medium">Fix: </span>
              {cause.fix}
            </p>
          </li>
        ))}
      </ol>
      {tree && (
        <p className="no-print mt-3 text-sm">
          Cannot tell which it is?{" "}
          <a href="#diagnose-tree" className="font-medium text-accent underline underline-offset-4">
            Diagnose this error
          </a>{" "}
          with a few questions about what you see, right here, or{" "}
          <a href={`/diagnose/${tree.id}`} className="text-accent underline underline-offset-4">
            open the diagnosis as its own page
          </a>
          .
        </p>
      )}
    </section>
  );
}
