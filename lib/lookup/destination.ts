import { preAnswered, stateUrl, treeForGuide } from "../content";
import { guideDestination, notIdentifiedDestination } from "./addresses";
import type { LookupResult } from "./lookup";

/**
 * Where a lookup sends the reader, as an address that carries no pasted text: the identified guide (at its
 * cause), or for a diagnosis the deepest wizard state the paste already answers (`?given=N`: the first N
 * answers came from the paste), or the "not identified" page with what was recognised.
 */
export function destination(result: LookupResult, raw: string, target: "guide" | "diagnose"): string {
  if (target === "diagnose") {
    for (const match of result.matches) {
      const tree = treeForGuide(match.url);
      if (!tree) continue;
      const slugs = preAnswered(tree, raw, match.cause?.id);
      return slugs.length > 0 ? `${stateUrl(tree.id, slugs)}?given=${slugs.length}` : stateUrl(tree.id, []);
    }
    return notIdentifiedDestination(result.recognised, target);
  }
  const best = result.matches[0];
  return best ? guideDestination(best) : notIdentifiedDestination(result.recognised, target);
}
