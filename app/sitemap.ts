import type { MetadataRoute } from "next";
import { allArticles, allTrees, errorGuides } from "@/lib/content";
import { absoluteUrl } from "@/lib/site";

// Built once with the site.
export const dynamic = "force-static";

/** Every public page of the published library (drafts never appear: they are not in allArticles there). */
export default function sitemap(): MetadataRoute.Sitemap {
  const articles = allArticles().filter((a) => !a.meta.draft);
  const reviewed = new Map(articles.map((a) => [a.url, a.meta.lastReviewed]));
  const newest = [...reviewed.values()].sort().at(-1);
  const providers = [
    ...new Set(
      errorGuides()
        .filter((a) => !a.meta.draft)
        .map((a) => a.provider),
    ),
  ];
  return [
    { url: absoluteUrl("/"), lastModified: newest },
    { url: absoluteUrl("/errors"), lastModified: newest },
    ...providers.map((p) => ({ url: absoluteUrl(`/errors/${p}`), lastModified: newest })),
    { url: absoluteUrl("/compare"), lastModified: newest },
    { url: absoluteUrl("/playbooks"), lastModified: newest },
    { url: absoluteUrl("/diagnose"), lastModified: newest },
    { url: absoluteUrl("/editorial") },
    { url: absoluteUrl("/analyze") },
    ...articles.map((a) => ({ url: absoluteUrl(a.url), lastModified: a.meta.lastReviewed })),
    // Each diagnosis by its first question; the deeper states are reached from there.
    ...allTrees()
      .filter((t) => reviewed.has(t.guide))
      .map((t) => ({ url: absoluteUrl(`/diagnose/${t.id}`), lastModified: reviewed.get(t.guide) })),
  ];
}
