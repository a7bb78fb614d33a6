import type { Metadata } from "next";
import { guideLabel, stateUrl, type Article, type Tree, type ValidState } from "../content";

/** Title and description of a wizard state: outcomes name their cause, so a shared link says it. */
export function stateMetadata({ tree, guide, state }: { tree: Tree; guide: Article; state: ValidState }): Metadata {
  const { node, slugs } = state;
  const label = guideLabel(guide);
  let title: string;
  let description: string;
  // Tab titles stay short: the diagnosis, the step and a few words (the whole question is on the page).
  const short = (text: string, n = 40) => (text.length > n ? `${text.slice(0, n - 1).trimEnd()}…` : text);
  if (node.kind === "question") {
    title = slugs.length === 0 ? tree.title : `Step ${slugs.length + 1}: ${short(node.text.plain)}`;
    description = `Step-by-step diagnosis of ${label}: answer what you see to reach the cause and its fix.`;
  } else if (node.kind === "outcome") {
    const cause = guide.causes.find((c) => c.id === node.cause);
    title = `Cause: ${short(cause?.title ?? node.cause, 48)}`;
    description = `${label} diagnosed: ${cause?.title ?? node.cause}. The fix and how to verify it.`;
  } else if (node.kind === "handover") {
    title = short(node.text.plain, 48);
    description = `${label}: the evidence points to another error.`;
  } else {
    title = "No known cause fits";
    description = node.text.plain;
  }
  const url = stateUrl(tree.id, slugs);
  // One picture per tree (app/diagnose/[tree]/opengraph-image.tsx), shared by all its states.
  const image = { url: `/diagnose/${tree.id}/opengraph-image`, width: 1200, height: 630, alt: tree.title };
  return {
    title: node.kind === "question" && slugs.length === 0 ? title : `${title} · ${label}`,
    description,
    alternates: { canonical: url },
    openGraph: { title, description, url, type: "website", images: [image] },
    twitter: { card: "summary_large_image", title, description, images: [image] },
  };
}

/** The map page: one canonical address per tree, whatever path is highlighted. */
export function mapMetadata(loaded: { tree: Tree } | undefined): Metadata {
  if (!loaded) return { title: "Tree not found" };
  return {
    title: `Map of ${loaded.tree.title}`,
    description: `Every question, answer and ending of ${loaded.tree.title}, as one picture.`,
    alternates: { canonical: `/diagnose/${loaded.tree.id}/map` },
  };
}
