import { createHash } from "node:crypto";
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";

/**
 * A content-addressed cache of compile results: the key is a hash of everything a result depends on (the
 * source, its path, the anchor aliases it is compiled with, and the compiler's own code and dependency
 * versions), so a result is reused only when nothing that made it has changed. Nothing to bump by hand.
 */
export class CompileCache {
  private readonly used = new Set<string>();
  constructor(private readonly dir: string) {
    mkdirSync(dir, { recursive: true });
  }

  get<T>(key: string): T | undefined {
    this.used.add(key);
    try {
      return JSON.parse(readFileSync(path.join(this.dir, `${key}.json`), "utf8")) as T;
    } catch {
      return undefined;
    }
  }

  set(key: string, value: unknown): void {
    this.used.add(key);
    const file = path.join(this.dir, `${key}.json`);
    // Written aside and renamed, so a reader never sees half a file.
    writeFileSync(`${file}.tmp`, JSON.stringify(value));
    renameSync(`${file}.tmp`, file);
  }

  /** Deletes the entries this run did not use (old versions of changed files), so the folder does not grow. */
  prune(): void {
    for (const name of readdirSync(this.dir)) {
      if (!this.used.has(name.replace(/\.json(\.tmp)?$/, ""))) rmSync(path.join(this.dir, name), { force: true });
    }
  }
}

export function hashOf(...parts: string[]): string {
  const hash = createHash("sha256");
  for (const part of parts) hash.update(part).update("\0");
  return hash.digest("hex").slice(0, 32);
}

let compilerHash: string | undefined;

/**
 * The compiler's own fingerprint: its source files (lib/content, without tests) and the exact dependency
 * versions (package-lock.json). A change to either invalidates every cached result.
 */
export function compilerFingerprint(): string {
  if (compilerHash) return compilerHash;
  const root = path.join(import.meta.dirname, "..");
  const files: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) {
        if (!entry.name.startsWith("__")) walk(full);
      } else if (/\.ts$/.test(entry.name) && !/\.test\.ts$/.test(entry.name)) {
        files.push(full);
      }
    }
  };
  walk(root);
  const lock = path.join(root, "..", "..", "package-lock.json");
  const parts = files.sort().map((f) => `${path.relative(root, f)}\n${readFileSync(f, "utf8")}`);
  try {
    parts.push(readFileSync(lock, "utf8"));
  } catch {
    // no lock file (a copy of lib/ elsewhere): the sources alone
  }
  compilerHash = hashOf(...parts);
  return compilerHash;
}
