import { mkdirSync, readFileSync, renameSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";
import type { Library } from "./model";
import { ContentError } from "./problems";

/** The content folder: `content/` in the project, or FIXPATH_CONTENT_DIR (tests and benchmarks). */
export function contentRoot(): string {
  return process.env.FIXPATH_CONTENT_DIR ?? path.join(process.cwd(), "content");
}

/** Where the compiler writes its artifact and cache (gitignored): `.fixpath/`, or FIXPATH_ARTIFACT_DIR. */
export function artifactDir(): string {
  return process.env.FIXPATH_ARTIFACT_DIR ?? path.join(process.cwd(), ".fixpath");
}

const LIBRARY_FILE = "library.json";

export function writeLibrary(library: Library, dir = artifactDir()): string {
  mkdirSync(dir, { recursive: true });
  const file = path.join(dir, LIBRARY_FILE);
  writeFileSync(`${file}.tmp`, JSON.stringify(library));
  renameSync(`${file}.tmp`, file); // readers never see half a library
  return file;
}

let cached: { mtimeMs: number; library: Library } | undefined;

/** The compiled library as written, problems or not (next.config's redirects, typegen). */
export function readCompiled(): Library {
  const file = path.join(artifactDir(), LIBRARY_FILE);
  let mtimeMs: number;
  try {
    mtimeMs = statSync(file).mtimeMs;
  } catch {
    throw new Error(`No compiled content at ${file}: run \`npm run content\` (npm run dev, build and test run it for you).`);
  }
  if (!cached || (process.env.NODE_ENV === "development" && cached.mtimeMs !== mtimeMs)) {
    cached = { mtimeMs, library: JSON.parse(readFileSync(file, "utf8")) as Library };
  }
  return cached.library;
}

/**
 * The compiled library, read once per process in production. In development it is read again whenever the
 * compiler (running beside `next dev`) rewrote it, so an edit shows on the next render.
 */
export function readLibrary(): Library {
  const library = readCompiled();
  // A production build never ships broken content, even when `next build` is run on its own.
  if (process.env.NODE_ENV === "production" && library.problems.length > 0) throw new ContentError(library.problems);
  return library;
}

/** When the library was last written (development: the page refresher polls this). */
export function libraryVersion(): number {
  try {
    return statSync(path.join(artifactDir(), LIBRARY_FILE)).mtimeMs;
  } catch {
    return 0;
  }
}
