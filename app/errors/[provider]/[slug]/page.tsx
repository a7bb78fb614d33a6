import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ArticlePage } from "@/components/article/article-page";
import { errorGuideParams, getArticle } from "@/lib/content";
import { articleMetadata } from "@/lib/article-meta";
import { PROVIDER_LABELS } from "@/lib/site";

export const dynamicParams = false;

export const generateStaticParams = errorGuideParams;

async function load(props: PageProps<"/errors/[provider]/[slug]">) {
  const { provider, slug } = await props.params;
  return getArticle(`/errors/${provider}/${slug}`);
}

export async function generateMetadata(props: PageProps<"/errors/[provider]/[slug]">): Promise<Metadata> {
  const article = await load(props);
  return article ? articleMetadata(article) : {};
}

export default async function ErrorGuidePage(props: PageProps<"/errors/[provider]/[slug]">) {
  const article = await load(props);
  if (!article || !article.provider) notFound();
  const crumbs = [
    { label: "Guides", href: "/#catalogue" },
    { label: PROVIDER_LABELS[article.provider], href: `/#provider-${article.provider}` },
    { label: article.meta.code ?? article.meta.title },
  ];
  return <ArticlePage article={article} crumbs={crumbs} />;
}
