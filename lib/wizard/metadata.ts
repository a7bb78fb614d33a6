import type { Metadata } from "next";
import type { Article, Tree } from "../content";
import { plainText as plain } from "./plain-text";
import { stateUrl, type WizardState } from "./step";

/** Title and description of a wizard state: outcomes name their cause, so a shared link says it. */
export function stateMetadata({ tree, guide, state }: { tree: Tree; guide: Article; state: Extract<WizardState, { ok: true }> }): Metadata {
  const { node, slugs } = state;
  let title: string;
  let description: string;
  if (node.kind === "question") {
    title = slugs.length === 0 ? tree.data.title : `Question ${slugs.length + 1}: ${plain(node.text)}`;
    description = `Step-by-step diagnosis of ${guide.meta.code ?? guide.meta.title}: answer what you see to reach the cause and its fix.`;
  } else if (node.kind === "outcome") {
    const cause = guide.mdx.causes.find((c) => c.id === node.cause);
    title = `Cause: ${cause?.title ?? node.cause}`;
    description = `${guide.meta.code ?? guide.meta.title} diagnosed: ${cause?.title ?? node.cause}. The fix and how to verify it.`;
  } else if (node.kind === "handover") {
    title = plain(node.text);
    description = `${guide.meta.code ?? guide.meta.title}: the evidence points to another error.`;
  } else {
    title = "No known cause fits";
    description = plain(node.text);
  }
  const url = stateUrl(tree.id, slugs);
  // One picture per tree (app/diagnose/[tree]/opengraph-image.tsx), shared by all its states.
  const image = { url: `/diagnose/${tree.id}/opengraph-image`, width: 1200, height: 630, alt: tree.data.title };
  return {
    title: node.kind === "question" && slugs.length === 0 ? title : `${title} · ${tree.data.title}`,
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
    title: `Map of ${loaded.tree.data.title}`,
    description: `Every question, answer and ending of ${loaded.tree.data.title}, as one picture.`,
    alternates: { canonical: `/diagnose/${loaded.tree.id}/map` },
  };
}
