import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ArticlePage } from "@/components/article/article-page";
import { ContentProblems } from "@/components/dev/content-problems";
import { brokenFile, errorGuideParams, getArticle, guideLabel } from "@/lib/content";
import { articleMetadata } from "@/lib/article-meta";
import { PROVIDER_LABELS } from "@/lib/site";

export const dynamicParams = false;

export const generateStaticParams = errorGuideParams;

async function load(props: PageProps<"/errors/[provider]/[slug]">) {
  const { provider, slug } = await props.params;
  const url = `/errors/${provider}/${slug}`;
  return { url, article: getArticle(url) };
}

export async function generateMetadata(props: PageProps<"/errors/[provider]/[slug]">): Promise<Metadata> {
  const { article } = await load(props);
  return article ? articleMetadata(article) : {};
}

export default async function ErrorGuidePage(props: PageProps<"/errors/[provider]/[slug]">) {
  const { url, article } = await load(props);
  if (!article || article.kind !== "error") {
    const broken = brokenFile({ url });
    if (broken) return <ContentProblems file={broken.file.file} problems={broken.problems} />;
    notFound();
  }
  const crumbs = [
    { label: "Guides", href: "/errors" },
    { label: PROVIDER_LABELS[article.provider], href: `/errors/${article.provider}` },
    { label: guideLabel(article) },
  ];
  return <ArticlePage article={article} crumbs={crumbs} />;
}
