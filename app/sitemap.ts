import type { MetadataRoute } from "next";
import { allArticles } from "@/lib/content";
import { absoluteUrl } from "@/lib/site";

export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  const articles = await allArticles();
  const newest = articles.map((a) => a.meta.lastReviewed).sort().at(-1);
  return [
    { url: absoluteUrl("/"), lastModified: newest },
    ...articles.map((a) => ({ url: absoluteUrl(a.url), lastModified: a.meta.lastReviewed })),
  ];
}
