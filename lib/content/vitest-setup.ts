import path from "node:path";
import { artifactDir, contentRoot, writeLibrary } from "./artifact";
import { compileLibrary } from "./compiler/library";

/**
 * Vitest global setup: the unit tests read the compiled library like the site does, so the compiler runs
 * first (cached: a no-op when content/ has not changed since `npm run content`).
 */
export default async function setup() {
  const { library } = await compileLibrary({ root: contentRoot(), cacheDir: path.join(artifactDir(), "cache"), published: null });
  writeLibrary(library);
}
