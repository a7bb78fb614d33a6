import { sql } from "drizzle-orm";
import { maskSecrets } from "@/lib/lookup/mask";
import type { Db } from "./client";
import type { FeedbackInput } from "./feedback-input";
import type { ResolvedPlace } from "./places";
import { MAX_DETAIL, feedback, type NewFeedback } from "./schema";

/** Cuts text to `max` UTF-16 units without leaving half of a surrogate pair at the end. */
export function cut(text: string, max: number): string {
  if (text.length <= max) return text;
  const head = text.slice(0, max);
  return /[\uD800-\uDBFF]$/.test(head) ? head.slice(0, -1) : head;
}

/** Secrets masked (again: the browser masked them first, but a post without JavaScript was not), then cut. */
export function maskDetail(detail: string | undefined): string | undefined {
  return detail ? cut(maskSecrets(detail).text, MAX_DETAIL) : undefined;
}

export type Recorded = { ok: true; id: number } | { ok: false; reason: "answer-elsewhere" };

/**
 * Stores one answer or report. An answer with the id of an earlier one replaces it (the reader changed
 * their mind) as long as it is for the same place; an id used at another place is refused.
 */
export async function recordFeedback(db: Db, input: FeedbackInput, place: ResolvedPlace): Promise<Recorded> {
  const row: NewFeedback = {
    answerId: input.answerId,
    kind: input.kind,
    place: place.place,
    page: place.page,
    cause: place.type === "page" ? undefined : place.cause,
    tree: place.type === "state" ? place.tree : undefined,
    path: place.type === "state" ? place.path : undefined,
    node: place.type === "state" ? place.node : undefined,
    ending: place.type === "state" ? place.ending : undefined,
    answer: input.answer,
    detail: maskDetail(input.detail),
  };
  const insert = db.insert(feedback).values(row);
  const rows = await (
    input.answerId
      ? insert.onConflictDoUpdate({
          target: feedback.answerId,
          set: { answer: row.answer, detail: row.detail ?? null, recordedAt: sql`now()` },
          setWhere: sql`${feedback.place} = excluded.place and ${feedback.kind} = excluded.kind`,
        })
      : insert
  ).returning({ id: feedback.id });
  const id = rows[0]?.id;
  return id === undefined ? { ok: false, reason: "answer-elsewhere" } : { ok: true, id };
}
