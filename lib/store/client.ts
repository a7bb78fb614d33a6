/**
 * The feedback store's connection: PGlite (PostgreSQL compiled to WebAssembly, in this process) in a data
 * folder by default, so `npm start` needs nothing else; a PostgreSQL server when DATABASE_URL is set, which
 * is how several instances share one store. Both speak the same schema through Drizzle, and both are
 * migrated when opened.
 */
import path from "node:path";
import type { PgDatabase, PgQueryResultHKT } from "drizzle-orm/pg-core";
import { lockDataDir } from "./data-dir-lock";
import { runMigrations, type Migratable } from "./migrate";
import * as schema from "./schema";

/** The query interface both stores share; everything in lib/store is written against it. */
export type Db = PgDatabase<PgQueryResultHKT, typeof schema>;

export type StoreKind = "pglite" | "postgres";

export type Store = Migratable & {
  kind: StoreKind;
  /** Where the data lives, for messages: the folder, or the server (never its password). */
  where: string;
  db: Db;
  close(): Promise<void>;
};

export type StoreConfig = {
  /** A PostgreSQL connection string; when set, the data folder is not used. */
  databaseUrl?: string;
  /** PGlite's folder holds `pglite/` and its lock; ":memory:" keeps everything in memory (tests). */
  dataDir?: string;
};

export const DEFAULT_DATA_DIR = ".data";

export function storeConfigFromEnv(env: Record<string, string | undefined> = process.env): StoreConfig {
  return { databaseUrl: env.DATABASE_URL || undefined, dataDir: env.FIXPATH_DATA_DIR || DEFAULT_DATA_DIR };
}

/** `postgres://user@host:5432/db`: the server and database, without the password. */
export function describeDatabaseUrl(url: string): string {
  try {
    const u = new URL(url);
    return `${u.protocol}//${u.username ? `${decodeURIComponent(u.username)}@` : ""}${u.host}${u.pathname}`;
  } catch {
    return "PostgreSQL (DATABASE_URL)";
  }
}

async function openPostgres(databaseUrl: string): Promise<Store> {
  const { Pool } = await import("pg");
  const { drizzle } = await import("drizzle-orm/node-postgres");
  const pool = new Pool({ connectionString: databaseUrl, max: Number(process.env.FIXPATH_DB_POOL_SIZE) || 10 });
  // An idle connection the server dropped must not take the process down; the next query reconnects.
  pool.on("error", () => {});
  const db = drizzle({ client: pool, schema });
  return {
    kind: "postgres",
    where: describeDatabaseUrl(databaseUrl),
    db: db as unknown as Db,
    migrate: async (folder) => {
      const { migrate } = await import("drizzle-orm/node-postgres/migrator");
      // Instances starting together would otherwise race to create the same tables: one migrates, the others
      // wait on this lock and then find nothing left to do.
      const lock = await pool.connect();
      try {
        await lock.query("select pg_advisory_lock(hashtext('fixpath-store-migrations'))");
        await migrate(db, { migrationsFolder: folder });
      } finally {
        await lock.query("select pg_advisory_unlock(hashtext('fixpath-store-migrations'))").catch(() => {});
        lock.release();
      }
    },
    close: () => pool.end(),
  };
}

async function openPglite(dataDir: string): Promise<Store> {
  const { PGlite } = await import("@electric-sql/pglite");
  const { drizzle } = await import("drizzle-orm/pglite");
  const dir = dataDir === ":memory:" ? undefined : path.resolve(dataDir, "pglite");
  const release = dir ? lockDataDir(dir) : () => {};
  try {
    const client = await PGlite.create(dir ? { dataDir: dir } : {});
    const db = drizzle({ client, schema });
    return {
      kind: "pglite",
      where: dir ?? "memory",
      db: db as unknown as Db,
      migrate: async (folder) => {
        const { migrate } = await import("drizzle-orm/pglite/migrator");
        await migrate(db, { migrationsFolder: folder });
      },
      close: async () => {
        try {
          await client.close();
        } finally {
          release();
        }
      },
    };
  } catch (error) {
    release();
    throw error;
  }
}

/** Opens the configured store and brings its schema up to date. */
export async function openStore(config: StoreConfig = storeConfigFromEnv(), { migrate = true } = {}): Promise<Store> {
  const store = config.databaseUrl ? await openPostgres(config.databaseUrl) : await openPglite(config.dataDir ?? DEFAULT_DATA_DIR);
  if (migrate) {
    try {
      await runMigrations(store);
    } catch (error) {
      await store.close().catch(() => {});
      throw error;
    }
  }
  return store;
}

/** After a failed open (a folder another process holds, a server that is down), try again after this long. */
const RETRY_AFTER_FAILURE_MS = 10_000;

type Cached = { promise: Promise<Store>; failedAt?: number };
// On globalThis so that `next dev` reloading this module does not open the folder a second time.
const holder = globalThis as typeof globalThis & { __fixpathStore?: Cached };

/**
 * The server's store, opened (and migrated) once per process on first use. A failure is remembered for a
 * few seconds, so a store that is down answers quickly instead of being retried on every request.
 */
export function getStore(): Promise<Store> {
  const cached = holder.__fixpathStore;
  if (cached && !(cached.failedAt !== undefined && Date.now() - cached.failedAt > RETRY_AFTER_FAILURE_MS)) return cached.promise;
  const entry: Cached = { promise: openStore() };
  entry.promise.then(
    (store) => console.log(`store: ${store.kind === "pglite" ? "PGlite in" : "PostgreSQL at"} ${store.where}, migrated`),
    (error: unknown) => {
      entry.failedAt = Date.now();
      console.error(`store: not available: ${error instanceof Error ? error.message : String(error)}`);
    },
  );
  holder.__fixpathStore = entry;
  return entry.promise;
}
