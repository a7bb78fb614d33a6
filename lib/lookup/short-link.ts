import MiniSearch from "minisearch";
import { normaliseCode } from "../content";
import type { LookupData, LookupGuide } from "./data";

/**
 * `/e/<code>`: the guides whose code, alias or slug is this code, compared case-insensitively
 * (`AuthFailure`, `authfailure`, `PERMISSION_DENIED`, `permission-denied` all resolve).
 */
export function resolveCode(code: string, data: LookupData): LookupGuide[] {
  const wanted = normaliseCode(code);
  if (!wanted) return [];
  return data.guides.filter((g) => {
    const names = [g.code, ...g.aliases, g.url.split("/").at(-1)].filter((n): n is string => Boolean(n));
    return names.some((n) => normaliseCode(n) === wanted);
  });
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
