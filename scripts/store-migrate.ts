/**
 * `npm run store:migrate`: brings the feedback store's schema up to date, on PGlite (FIXPATH_DATA_DIR,
 * default .data/) or on the PostgreSQL server of DATABASE_URL. Servers also migrate when they open the
 * store; this is for deploys that want it done (and checked) before traffic arrives.
 */
import { openStore, storeConfigFromEnv } from "../lib/store/client";

const started = Date.now();
try {
  const store = await openStore(storeConfigFromEnv());
  console.log(
    `store:migrate: ${store.kind === "pglite" ? "PGlite in" : "PostgreSQL at"} ${store.where} is up to date (${Date.now() - started} ms).`,
  );
  await store.close();
} catch (error) {
  console.error(`store:migrate: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}
