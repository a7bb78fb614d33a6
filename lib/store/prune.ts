import { lt } from "drizzle-orm";
import type { Db } from "./client";
import { feedback, unfoundLookups } from "./schema";

/** How long answers, reports and unfound lookups are kept. */
export const RETENTION_DAYS = 180;

/** Deletes every record older than `days` (from `now`); returns how many of each kind went. */
export async function pruneOlderThan(
  db: Db,
  days = RETENTION_DAYS,
  now = new Date(),
): Promise<{ feedback: number; unfound: number; cutoff: Date }> {
  const cutoff = new Date(now.getTime() - days * 24 * 60 * 60 * 1000);
  const gone = await db.delete(feedback).where(lt(feedback.recordedAt, cutoff)).returning({ id: feedback.id });
  const goneLookups = await db.delete(unfoundLookups).where(lt(unfoundLookups.recordedAt, cutoff)).returning({ id: unfoundLookups.id });
  return { feedback: gone.length, unfound: goneLookups.length, cutoff };
}
