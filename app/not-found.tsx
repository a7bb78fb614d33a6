import Link from "next/link";
import { allArticles } from "@/lib/content";

export default async function NotFound() {
  const articles = await allArticles();
  return (
    <div className="max-w-3xl">
      <h1 className="text-3xl font-bold tracking-tight">Page not found</h1>
      <p className="mt-4 text-lg text-muted">
        There is no page at this address. The link may be mistyped, or the guide may have a different name.
      </p>
      <p className="mt-4">
        <Link href="/#catalogue" className="text-accent underline underline-offset-4">
          Browse all guides
        </Link>{" "}
        or pick one of these:
      </p>
      <ul className="mt-4 grid gap-2 sm:grid-cols-2">
        {articles.map((a) => (
          <li key={a.url}>
            <Link href={a.url} className="text-accent underline underline-offset-4">
              {a.meta.code ?? a.meta.title}
            </Link>
            {a.meta.code && <span className="text-muted">: {a.meta.title}</span>}
          </li>
        ))}
      </ul>
    </div>
  );
}
