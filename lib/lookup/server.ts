import { allArticles } from "../content";
import { buildLookupData, type LookupData } from "./data";
import { createLookup, type Lookup } from "./lookup";

let cached: { articles: object; data: LookupData; lookup: Lookup } | undefined;

/**
 * The lookup over the library this deployment shows, built once per library: once per server process in
 * production, again after a content change in development.
 */
export function getLookup(): { data: LookupData; lookup: Lookup } {
  const articles = allArticles();
  if (cached?.articles !== articles) {
    const data = buildLookupData(articles);
    cached = { articles, data, lookup: createLookup(data) };
  }
  return cached;
}
