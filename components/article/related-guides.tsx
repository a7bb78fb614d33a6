import Link from "next/link";
import { guideLabel, type Article } from "@/lib/content";
import { Heading } from "@/components/mdx/heading";
import { titleAfterCode } from "@/components/guide-card";

export function RelatedGuides({ articles }: { articles: Article[] }) {
  if (articles.length === 0) return null;
  return (
    <section aria-labelledby="related-guides" className="mt-12">
      <Heading level={2} id="related-guides">
        Related guides
      </Heading>
      <ul className="mt-4 grid gap-3 sm:grid-cols-2">
        {articles.map((a) => (
          <li key={a.url} className="rounded-lg border border-line p-3">
            <Link prefetch={false} href={a.url} className="font-medium text-accent underline-offset-4 hover:underline">
              {guideLabel(a)}
            </Link>
            <p className="mt-1 text-sm text-muted">{a.meta.codes.length > 0 ? titleAfterCode(a) : a.meta.summary}</p>
          </li>
        ))}
      </ul>
    </section>
  );
}
