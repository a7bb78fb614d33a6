import { getArticle, getCause, getTree, step } from "@/lib/content";
import type { FeedbackKind } from "./place-address";
import type { ENDINGS } from "./schema";

export type Ending = (typeof ENDINGS)[number];

/** A place resolved against the published library: what the reader answered about. */
export type ResolvedPlace =
  | { type: "cause"; place: string; page: string; cause: string }
  | { type: "state"; place: string; page: string; tree: string; path: string; node: string; ending: Ending; cause?: string }
  | { type: "page"; place: string; page: string };

const MAX_PLACE = 1000;

/**
 * Resolves a place through lib/content, which serves exactly the published library (the registry's pages,
 * causes and wizard states; drafts only where drafts are shown). A "Did this fix it?" answer belongs to a
 * cause section or a wizard ending; a problem report to a guide. Anything else is undefined: the API
 * answers 400.
 */
export function resolvePlace(place: string, kind: FeedbackKind): ResolvedPlace | undefined {
  if (place.length > MAX_PLACE || !place.startsWith("/") || /[\s?]/.test(place)) return undefined;
  const hash = place.indexOf("#");
  if (kind === "report") {
    return hash < 0 && getArticle(place) ? { type: "page", place, page: place } : undefined;
  }
  if (hash >= 0) {
    const page = place.slice(0, hash);
    const found = getCause(page, place.slice(hash + 1));
    return found ? { type: "cause", place, page: found.article.url, cause: found.cause.id } : undefined;
  }
  const [, root, treeId, ...slugs] = place.split("/");
  if (root !== "diagnose" || !treeId) return undefined;
  const tree = getTree(treeId);
  if (!tree) return undefined;
  const state = step(tree, slugs);
  // Only the current address of a state (not an old one that redirects), and only where a path ends.
  if (!state.ok || state.slugs.join("/") !== slugs.join("/") || state.node.kind === "question") return undefined;
  const node = state.node;
  return {
    type: "state",
    place,
    page: tree.guide,
    tree: tree.id,
    path: slugs.join("/"),
    node: state.nodeId,
    ending: node.kind,
    cause: node.kind === "outcome" ? node.cause : undefined,
  };
}
