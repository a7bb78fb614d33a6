import { OG_SIZE, ogImage } from "@/components/og-card";
import { getArticle, slugParams } from "@/lib/content";
import { CLASS_LABELS } from "@/lib/site";

export const size = OG_SIZE;
export const contentType = "image/png";
export const alt = "The guide's title and class";

export function generateStaticParams() {
  return slugParams("playbook");
}

export default async function Image({ params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const meta = (await getArticle(`/playbooks/${slug}`))?.meta;
  return ogImage({
    eyebrow: "Playbook",
    code: meta?.code,
    title: meta?.title ?? slug,
    footer: meta ? `${CLASS_LABELS[meta.class].label} · side by side, with worked examples` : "",
  });
}
