import { OG_SIZE, ogImage } from "@/components/og-card";
import { allTrees, getArticle, getTree } from "@/lib/content";
import { CLASS_LABELS } from "@/lib/site";

export const size = OG_SIZE;
export const contentType = "image/png";
export const alt = "The diagnosis: error code and title";

export function generateStaticParams() {
  return allTrees().map((t) => ({ tree: t.id }));
}

export default async function Image({ params }: { params: Promise<{ tree: string }> }) {
  const { tree: id } = await params;
  const tree = getTree(id);
  const guide = tree && getArticle(tree.guide);
  return ogImage({
    eyebrow: "Step-by-step diagnosis",
    code: guide?.meta.codes[0],
    title: tree?.title ?? id,
    footer: guide ? `${CLASS_LABELS[guide.meta.class].label} · answer what you see, reach the cause and its fix` : "",
  });
}
