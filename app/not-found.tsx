import Link from "next/link";
import { RestartLink } from "@/components/wizard/restart-link";
import { allArticles, allTrees } from "@/lib/content";

/** Any address that does not exist: a way back into the catalogue, and into a diagnosis when it was one. */
export default async function NotFound() {
  const [articles, trees] = await Promise.all([allArticles(), allTrees()]);
  return (
    <div className="max-w-3xl">
      <h1 className="text-3xl font-bold tracking-tight">Page not found</h1>
      <p className="mt-4 text-lg text-muted">
        There is no page at this address. The link may be mistyped or cut short, or the guide may have a
        different name.
      </p>
      <RestartLink trees={trees.map((t) => ({ id: t.id, title: t.data.title }))} />
      <p className="mt-6">
        <Link prefetch={false} href="/#catalogue" className="text-accent underline underline-offset-4">
          Browse all guides
        </Link>{" "}
        or pick one of these:
      </p>
      <ul className="mt-4 grid gap-2 sm:grid-cols-2">
        {articles.map((a) => (
          <li key={a.url}>
            <Link prefetch={false} href={a.url} className="text-accent underline underline-offset-4">
              {a.meta.code ?? a.meta.title}
            </Link>
            {a.meta.code && <span className="text-muted">: {a.meta.title}</span>}
          </li>
        ))}
      </ul>
    </div>
  );
}
