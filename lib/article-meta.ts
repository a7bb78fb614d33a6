import type { Metadata } from "next";
import type { Article } from "./content";
import { SITE_NAME } from "./site";

/** Per-page metadata for an article: title, description, canonical URL, Open Graph and Twitter tags. */
export function articleMetadata(article: Article): Metadata {
  const title = article.meta.title;
  const description = article.meta.summary;
  return {
    title,
    description,
    alternates: { canonical: article.url },
    ...(article.meta.draft ? { robots: { index: false, follow: false } } : {}),
    openGraph: {
      type: "article",
      title,
      description,
      url: article.url,
      siteName: SITE_NAME,
      modifiedTime: article.meta.lastReviewed,
    },
    twitter: { card: "summary_large_image", title, description },
  };
}
