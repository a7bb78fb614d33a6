import path from "node:path";

/** The versioned migrations drizzle-kit writes from schema.ts (`npx drizzle-kit generate`). */
export const MIGRATIONS_DIR = path.join(process.cwd(), "lib", "store", "migrations");

export type Migratable = { migrate(folder: string): Promise<void> };

/** Applies every migration the store has not seen yet, in order; a no-op when it is up to date. */
export async function runMigrations(store: Migratable, folder = process.env.FIXPATH_MIGRATIONS_DIR || MIGRATIONS_DIR): Promise<void> {
  await store.migrate(folder);
}
