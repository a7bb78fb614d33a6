import { articleOgImage, OG_SIZE } from "@/components/og-card";
import { errorGuideParams } from "@/lib/content";

export const size = OG_SIZE;
export const contentType = "image/png";
export const alt = "The guide's error code, provider, title and class";
export const generateStaticParams = errorGuideParams;

export default async function Image({ params }: { params: Promise<{ provider: string; slug: string }> }) {
  const { provider, slug } = await params;
  return articleOgImage(`/errors/${provider}/${slug}`);
}
