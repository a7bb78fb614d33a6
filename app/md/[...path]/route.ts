import { allArticles, getArticle, relatedArticles } from "@/lib/content";
import { markdownTwin } from "@/lib/markdown-twin";

// Reached through the rewrite of /errors/…/<slug>.md (next.config.ts); built once per guide.
export const dynamic = "force-static";
export const dynamicParams = false;

export function generateStaticParams() {
  return allArticles().map((a) => ({ path: a.url.slice(1).split("/") }));
}

export async function GET(_request: Request, context: RouteContext<"/md/[...path]">) {
  const { path } = await context.params;
  const article = getArticle(`/${path.join("/")}`);
  if (!article) return new Response("No such guide.\n", { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8" } });
  return new Response(markdownTwin(article, relatedArticles(article)), {
    headers: { "Content-Type": "text/markdown; charset=utf-8" },
  });
}
