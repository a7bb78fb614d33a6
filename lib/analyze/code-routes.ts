import type { ErrorGuide } from "@/lib/content";
import type { CodeRoute } from "./types";

/**
 * The codes and aliases of published error guides, for the error-body readers to route a code they do not
 * read themselves. Built on the server from the library and passed to the page as plain data.
 */
export function codeRoutes(guides: readonly ErrorGuide[]): Record<string, CodeRoute> {
  const routes: Record<string, CodeRoute> = {};
  for (const guide of guides) {
    if (guide.meta.draft) continue;
    const href = guide.anchors.includes("causes") ? `${guide.url}#causes` : guide.url;
    const label = guide.meta.codes[0] ?? guide.meta.title;
    // The first guide to claim a code keeps it: codes shared by providers route to the first listed.
    for (const code of [...guide.meta.codes, ...guide.meta.aliases]) routes[code] ??= { href, label };
  }
  return routes;
}
