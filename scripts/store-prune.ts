/**
 * `npm run store:prune`: deletes answers, reports and unfound lookups older than 180 days (the retention
 * the privacy notes promise). Run it daily, e.g. from cron; `-- --days N` for a shorter retention.
 */
import { openStore, storeConfigFromEnv } from "../lib/store/client";
import { pruneOlderThan, RETENTION_DAYS } from "../lib/store/prune";

const at = process.argv.indexOf("--days");
const days = at >= 0 ? Number(process.argv[at + 1]) : RETENTION_DAYS;
if (!Number.isFinite(days) || days < 1) {
  console.error("store:prune: --days needs a number of days, at least 1.");
  process.exit(2);
}
try {
  const store = await openStore(storeConfigFromEnv());
  const pruned = await pruneOlderThan(store.db, days);
  console.log(
    `store:prune: deleted ${pruned.feedback} answers or reports and ${pruned.unfound} unfound lookups recorded before ${pruned.cutoff.toISOString()} (${store.where}).`,
  );
  await store.close();
} catch (error) {
  console.error(`store:prune: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}
