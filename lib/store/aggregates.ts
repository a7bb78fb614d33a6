/**
 * The store's aggregates, in SQL (the same on PGlite and PostgreSQL): counts grouped the ways /insights
 * shows them. Plain rows out; lib/store/insights.ts joins them with the library.
 */
import { and, count, desc, eq, gte, isNotNull, isNull, max, sql } from "drizzle-orm";
import type { Db } from "./client";
import { feedback, unfoundLookups } from "./schema";

/** Weeks the trend charts cover: the retention period, rounded up. */
export const TREND_WEEKS = 26;

export function stateCounts(db: Db) {
  return db
    .select({ tree: feedback.tree, node: feedback.node, ending: feedback.ending, path: feedback.path, answer: feedback.answer, n: count() })
    .from(feedback)
    .where(and(eq(feedback.kind, "fix"), isNotNull(feedback.tree)))
    .groupBy(feedback.tree, feedback.node, feedback.ending, feedback.path, feedback.answer);
}

export function causeCounts(db: Db) {
  return db
    .select({ page: feedback.page, cause: feedback.cause, answer: feedback.answer, n: count() })
    .from(feedback)
    .where(and(eq(feedback.kind, "fix"), isNull(feedback.tree)))
    .groupBy(feedback.page, feedback.cause, feedback.answer);
}

export function latestReports(db: Db, limit = 200) {
  return db
    .select({ at: feedback.recordedAt, page: feedback.page, text: feedback.detail })
    .from(feedback)
    .where(eq(feedback.kind, "report"))
    .orderBy(desc(feedback.recordedAt), desc(feedback.id))
    .limit(limit);
}

/** "What did you see instead?" texts, newest first. */
export function latestComments(db: Db, limit = 200) {
  return db
    .select({ at: feedback.recordedAt, place: feedback.place, text: feedback.detail })
    .from(feedback)
    .where(and(eq(feedback.kind, "fix"), isNotNull(feedback.detail)))
    .orderBy(desc(feedback.recordedAt), desc(feedback.id))
    .limit(limit);
}

export function unfoundByCode(db: Db, limit = 100) {
  const n = count();
  return db
    .select({
      provider: unfoundLookups.provider,
      status: unfoundLookups.status,
      code: unfoundLookups.code,
      n,
      last: max(unfoundLookups.recordedAt),
    })
    .from(unfoundLookups)
    .groupBy(unfoundLookups.provider, unfoundLookups.status, unfoundLookups.code)
    .orderBy(desc(n), unfoundLookups.code)
    .limit(limit);
}

export function unfoundByShape(db: Db, limit = 100) {
  const n = count();
  return db
    .select({
      shape: unfoundLookups.shape,
      // The newest text of the group stands for it.
      sample: sql<string>`(array_agg(${unfoundLookups.text} order by ${unfoundLookups.recordedAt} desc))[1]`,
      n,
      last: max(unfoundLookups.recordedAt),
    })
    .from(unfoundLookups)
    .groupBy(unfoundLookups.shape)
    .orderBy(desc(n), unfoundLookups.shape)
    .limit(limit);
}

/** Monday of the week, in UTC, as YYYY-MM-DD: the same on every server whatever its time zone. */
const weekOf = (column: typeof feedback.recordedAt | typeof unfoundLookups.recordedAt) =>
  sql<string>`to_char(date_trunc('week', ${column} at time zone 'UTC'), 'YYYY-MM-DD')`;

export function answersByWeek(db: Db, since: Date) {
  const week = weekOf(feedback.recordedAt);
  return db
    .select({ week, answer: feedback.answer, n: count() })
    .from(feedback)
    .where(and(eq(feedback.kind, "fix"), gte(feedback.recordedAt, since)))
    .groupBy(week, feedback.answer);
}

export function unfoundByWeek(db: Db, since: Date) {
  const week = weekOf(unfoundLookups.recordedAt);
  return db.select({ week, n: count() }).from(unfoundLookups).where(gte(unfoundLookups.recordedAt, since)).groupBy(week);
}

export async function totals(db: Db) {
  const [answers] = await db
    .select({
      yes: sql<number>`count(*) filter (where ${feedback.answer} = 'yes')`.mapWith(Number),
      no: sql<number>`count(*) filter (where ${feedback.answer} = 'no')`.mapWith(Number),
      reports: sql<number>`count(*) filter (where ${feedback.kind} = 'report')`.mapWith(Number),
    })
    .from(feedback);
  const [unfound] = await db.select({ n: count() }).from(unfoundLookups);
  return { yes: answers?.yes ?? 0, no: answers?.no ?? 0, reports: answers?.reports ?? 0, unfound: unfound?.n ?? 0 };
}
