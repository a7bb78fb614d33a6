import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ArticlePage } from "@/components/article/article-page";
import { ContentProblems } from "@/components/dev/content-problems";
import { brokenFile, getArticle, slugParams } from "@/lib/content";
import { articleMetadata } from "@/lib/article-meta";

export const dynamicParams = false;

export function generateStaticParams() {
  return slugParams("compare");
}

async function load(props: PageProps<"/compare/[slug]">) {
  const url = `/compare/${(await props.params).slug}`;
  return { url, article: getArticle(url) };
}

export async function generateMetadata(props: PageProps<"/compare/[slug]">): Promise<Metadata> {
  const { article } = await load(props);
  return article ? articleMetadata(article) : {};
}

export default async function CompareGuidePage(props: PageProps<"/compare/[slug]">) {
  const { url, article } = await load(props);
  if (!article) {
    const broken = brokenFile({ url });
    if (broken) return <ContentProblems file={broken.file.file} problems={broken.problems} />;
    notFound();
  }
  const crumbs = [{ label: "Compare guides", href: "/compare" }, { label: article.meta.title }];
  return <ArticlePage article={article} crumbs={crumbs} />;
}
