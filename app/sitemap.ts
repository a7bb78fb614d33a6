import type { MetadataRoute } from "next";
import { allArticles, allTrees } from "@/lib/content";
import { absoluteUrl } from "@/lib/site";

// Built once with the site (and required by the static export).
export const dynamic = "force-static";

export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  const articles = await allArticles();
  const trees = await allTrees();
  const reviewed = new Map(articles.map((a) => [a.url, a.meta.lastReviewed]));
  const newest = [...reviewed.values()].sort().at(-1);
  return [
    { url: absoluteUrl("/"), lastModified: newest },
    { url: absoluteUrl("/diagnose"), lastModified: newest },
    { url: absoluteUrl("/editorial") },
    ...articles.map((a) => ({ url: absoluteUrl(a.url), lastModified: a.meta.lastReviewed })),
    // Each diagnosis by its first question; the deeper states are reached from there.
    ...trees.map((t) => ({ url: absoluteUrl(`/diagnose/${t.id}`), lastModified: reviewed.get(t.data.guide) })),
  ];
}
