import { OG_SIZE, ogImage } from "@/components/og-card";
import { errorGuideParams, getArticle } from "@/lib/content";
import { CLASS_LABELS, PROVIDER_LABELS } from "@/lib/site";

export const size = OG_SIZE;
export const contentType = "image/png";
export const alt = "The guide's error code, provider, title and class";
export const generateStaticParams = errorGuideParams;

export default async function Image({ params }: { params: Promise<{ provider: string; slug: string }> }) {
  const { provider, slug } = await params;
  const article = await getArticle(`/errors/${provider}/${slug}`);
  const meta = article?.meta;
  return ogImage({
    eyebrow: `${meta?.provider ? PROVIDER_LABELS[meta.provider] : provider} error guide`,
    code: meta?.code,
    title: meta?.title ?? slug,
    footer: meta ? `${CLASS_LABELS[meta.class].label}${meta.httpStatus ? ` · HTTP ${meta.httpStatus}` : ""} · causes, fixes and how to verify` : "",
  });
}
