import { getLibrary } from "../content";
import { buildLookupData, type LookupData } from "./data";
import { createLookup, type Lookup } from "./lookup";

let cached: { library: object; data: LookupData; lookup: Lookup } | undefined;

/**
 * The lookup over the whole library, built once per library: once per server process in production,
 * again after a content change in development (when the loader reloads the library).
 */
export async function getLookup(): Promise<{ data: LookupData; lookup: Lookup }> {
  const library = await getLibrary();
  if (cached?.library !== library) {
    const data = buildLookupData(library.articles);
    cached = { library, data, lookup: createLookup(data) };
  }
  return cached;
}
