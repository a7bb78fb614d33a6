import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ArticlePage } from "@/components/article/article-page";
import { getArticle, slugParams } from "@/lib/content";
import { articleMetadata } from "@/lib/article-meta";

export const dynamicParams = false;

export function generateStaticParams() {
  return slugParams("playbook");
}

async function load(props: PageProps<"/playbooks/[slug]">) {
  const { slug } = await props.params;
  return getArticle(`/playbooks/${slug}`);
}

export async function generateMetadata(props: PageProps<"/playbooks/[slug]">): Promise<Metadata> {
  const article = await load(props);
  return article ? articleMetadata(article) : {};
}

export default async function PlaybookPage(props: PageProps<"/playbooks/[slug]">) {
  const article = await load(props);
  if (!article) notFound();
  const crumbs = [{ label: "Playbooks", href: "/#playbooks" }, { label: article.meta.title }];
  return <ArticlePage article={article} crumbs={crumbs} />;
}
