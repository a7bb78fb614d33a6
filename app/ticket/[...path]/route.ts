import { allArticles, getArticle } from "@/lib/content";
import { ticketForCause } from "@/lib/ticket-for";

// The "Copy for ticket" summaries of one guide's causes, fetched by the guide page only when a reader
// wants one (keeping them out of every page load). Built once per guide.
export const dynamic = "force-static";
export const dynamicParams = false;

export function generateStaticParams() {
  return allArticles()
    .filter((a) => a.causes.length > 0)
    .map((a) => ({ path: a.url.slice(1).split("/") }));
}

export async function GET(_request: Request, context: RouteContext<"/ticket/[...path]">) {
  const { path } = await context.params;
  const article = getArticle(`/${path.join("/")}`);
  if (!article) return Response.json({ error: "No such guide." }, { status: 404 });
  const tickets = Object.fromEntries(article.causes.map((c) => [c.id, ticketForCause(article, c.id) ?? ""]));
  return Response.json(tickets, { headers: { "Cache-Control": "public, max-age=3600" } });
}
