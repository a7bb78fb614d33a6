import MiniSearch from "minisearch";
import { normaliseCode } from "../content";
import type { LookupData, LookupGuide } from "./data";

/**
 * `/e/<code>`: the guides whose code or alias is this code, compared case-insensitively (`AuthFailure`,
 * `authfailure`, `PERMISSION_DENIED`, `permission-denied` all resolve). A guide's slug counts only when no
 * code or alias matches: `/e/permission-denied` is gRPC's PERMISSION_DENIED, not every guide of that name.
 */
export function resolveCode(code: string, data: LookupData): LookupGuide[] {
  const wanted = normaliseCode(code);
  if (!wanted) return [];
  const named = (names: (string | undefined)[]) => names.some((n) => n !== undefined && normaliseCode(n) === wanted);
  const byCode = data.guides.filter((g) => named([g.code, ...g.aliases]));
  return byCode.length > 0 ? byCode : data.guides.filter((g) => named([g.url.split("/").at(-1)]));
}

/** The guides whose codes and aliases are closest to an unknown code (typos, partial codes), best first. */
export function closestCodes(code: string, data: LookupData, limit = 5): LookupGuide[] {
  const search = new MiniSearch<{ id: string; names: string }>({ fields: ["names"], storeFields: [] });
  search.addAll(data.guides.filter((g) => g.code).map((g) => ({ id: g.url, names: [g.code, ...g.aliases].join(" ") })));
  const byUrl = new Map(data.guides.map((g) => [g.url, g]));
  return search
    .search(code.replace(/[-_]+/g, " "), { fuzzy: 0.34, prefix: true })
    .slice(0, limit)
    .flatMap((r) => byUrl.get(String(r.id)) ?? []);
}
