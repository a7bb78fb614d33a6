import type { LookupData } from "./data";
import { createLookup, type Lookup } from "./lookup";

let engine: Promise<Lookup> | undefined;

/**
 * The browser's lookup engine: the index is fetched once (a static file built with the site) and
 * everything else runs locally, so a pasted error never leaves the browser.
 */
export function loadLookup(): Promise<Lookup> {
  engine ??= fetch("/lookup-index.json")
    .then((response) => {
      if (!response.ok) throw new Error(`lookup index: HTTP ${response.status}`);
      return response.json();
    })
    .then((data: LookupData) => createLookup(data))
    .catch((error: unknown) => {
      engine = undefined; // let the next keystroke try again
      throw error;
    });
  return engine;
}
