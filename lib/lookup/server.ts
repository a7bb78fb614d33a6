import { getLibrary } from "../content";
import { buildLookupData, type LookupData } from "./data";
import { createLookup, type Lookup } from "./lookup";

let cached: { data: LookupData; lookup: Lookup } | undefined;

/** The lookup over the whole library, built once per server process from the content loader. */
export async function getLookup(): Promise<{ data: LookupData; lookup: Lookup }> {
  if (!cached) {
    const data = buildLookupData((await getLibrary()).articles);
    cached = { data, lookup: createLookup(data) };
  }
  return cached;
}
