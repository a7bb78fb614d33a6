import { articleOgImage, OG_SIZE } from "@/components/og-card";
import { slugParams } from "@/lib/content";

export const size = OG_SIZE;
export const contentType = "image/png";
export const alt = "The guide's title and class";

export function generateStaticParams() {
  return slugParams("compare");
}

export default async function Image({ params }: { params: Promise<{ slug: string }> }) {
  return articleOgImage(`/compare/${(await params).slug}`);
}
