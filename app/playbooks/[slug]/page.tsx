import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ArticlePage } from "@/components/article/article-page";
import { ContentProblems } from "@/components/dev/content-problems";
import { brokenFile, getArticle, slugParams } from "@/lib/content";
import { articleMetadata } from "@/lib/article-meta";

export const dynamicParams = false;

export function generateStaticParams() {
  return slugParams("playbook");
}

async function load(props: PageProps<"/playbooks/[slug]">) {
  const url = `/playbooks/${(await props.params).slug}`;
  return { url, article: getArticle(url) };
}

export async function generateMetadata(props: PageProps<"/playbooks/[slug]">): Promise<Metadata> {
  const { article } = await load(props);
  return article ? articleMetadata(article) : {};
}

export default async function PlaybookPage(props: PageProps<"/playbooks/[slug]">) {
  const { url, article } = await load(props);
  if (!article) {
    const broken = brokenFile({ url });
    if (broken) return <ContentProblems file={broken.file.file} problems={broken.problems} />;
    notFound();
  }
  const crumbs = [{ label: "Playbooks", href: "/playbooks" }, { label: article.meta.title }];
  return <ArticlePage article={article} crumbs={crumbs} />;
}
