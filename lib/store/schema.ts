/**
 * The feedback store's one schema, for PGlite and PostgreSQL alike. drizzle-kit turns changes to this file
 * into versioned SQL migrations (lib/store/migrations); never edit the database by hand.
 *
 * What is deliberately absent: no IP address, user agent, cookie or reader identifier of any kind. The
 * rate limiter's hash of the client address lives in memory only.
 */
import { sql } from "drizzle-orm";
import { bigserial, check, index, integer, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";

export const FEEDBACK_KINDS = ["fix", "report"] as const;
export const ANSWERS = ["yes", "no"] as const;
export const ENDINGS = ["outcome", "dead-end", "handover"] as const;

/** The longest "what did you see instead?" or problem report kept, in characters (after masking). */
export const MAX_DETAIL = 1000;
/** The longest unfound lookup text kept, in characters (after masking). */
export const MAX_UNFOUND_TEXT = 500;

/**
 * One answer to "Did this fix it?" (kind "fix") under a cause section or at a wizard ending, or one
 * "Report a problem with this guide" (kind "report"). `place` is the public address the reader answered
 * at, as support tickets know it; the other columns say what that address is, resolved when it was stored.
 */
export const feedback = pgTable(
  "feedback",
  {
    id: bigserial("id", { mode: "number" }).primaryKey(),
    /**
     * Random, made by the reader's browser for one answer at one place, so that changing the answer
     * replaces it instead of counting twice. It identifies an answer, not a reader: a new one per place.
     */
    answerId: uuid("answer_id").unique(),
    /** When the answer was given, or last changed: retention counts from here. */
    recordedAt: timestamp("recorded_at", { withTimezone: true }).notNull().defaultNow(),
    kind: text("kind", { enum: FEEDBACK_KINDS }).notNull(),
    /** `/errors/aws/authfailure#deactivated-key`, `/diagnose/aws-authfailure/sts-fails`, or a guide URL. */
    place: text("place").notNull(),
    /** The guide the place belongs to (for a wizard state, the guide of its tree). */
    page: text("page").notNull(),
    /** The cause answered about: the cause section, or the cause a wizard outcome names. */
    cause: text("cause"),
    tree: text("tree"),
    /** The answer slugs of a wizard state, joined by "/". */
    path: text("path"),
    /** The tree node the state ends at. */
    node: text("node"),
    ending: text("ending", { enum: ENDINGS }),
    answer: text("answer", { enum: ANSWERS }),
    /** What the reader saw instead, or the problem reported: masked, at most MAX_DETAIL characters. */
    detail: text("detail"),
  },
  (t) => [
    index("feedback_recorded_at_idx").on(t.recordedAt),
    index("feedback_place_idx").on(t.place),
    index("feedback_tree_idx").on(t.tree, t.node),
    check("feedback_answer_matches_kind", sql`(${t.kind} = 'fix') = (${t.answer} is not null)`),
    check("feedback_detail_length", sql`char_length(${t.detail}) <= ${sql.raw(String(MAX_DETAIL))}`),
  ],
);

/**
 * A lookup that identified no guide: only its masked text, cut to MAX_UNFOUND_TEXT characters, and what
 * was recognised in it. `shape` is the text with its variable parts (numbers, ids, quoted values)
 * replaced, so that the same error pasted with different request ids groups together.
 */
export const unfoundLookups = pgTable(
  "unfound_lookups",
  {
    id: bigserial("id", { mode: "number" }).primaryKey(),
    recordedAt: timestamp("recorded_at", { withTimezone: true }).notNull().defaultNow(),
    text: text("text").notNull(),
    shape: text("shape").notNull(),
    provider: text("provider"),
    status: integer("status"),
    code: text("code"),
  },
  (t) => [
    index("unfound_recorded_at_idx").on(t.recordedAt),
    index("unfound_code_idx").on(t.code),
    index("unfound_shape_idx").on(t.shape),
    check("unfound_text_length", sql`char_length(${t.text}) <= ${sql.raw(String(MAX_UNFOUND_TEXT))}`),
  ],
);

export type FeedbackRow = typeof feedback.$inferSelect;
export type NewFeedback = typeof feedback.$inferInsert;
export type UnfoundRow = typeof unfoundLookups.$inferSelect;
