import { ANSWERS, MAX_DETAIL } from "./schema";
import type { FeedbackKind } from "./place-address";

export type FeedbackInput = {
  kind: FeedbackKind;
  place: string;
  answer?: (typeof ANSWERS)[number];
  /** As the reader typed it: masked on the server before anything is stored. */
  detail?: string;
  answerId?: string;
};

export type InputCheck = { ok: true; input: FeedbackInput } | { ok: false; error: string };

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Text without U+0000, which no PostgreSQL text column accepts. */
export function withoutNul(text: string): string {
  return text.replace(/\u0000/g, "");
}

function field(form: FormData, name: string): string | undefined {
  const value = form.get(name);
  return typeof value === "string" ? value : undefined;
}

/**
 * The fields of a feedback post, checked: `kind` (fix, the default, or report), `place`, `answer` (yes or
 * no, for fix), `detail` (optional for fix, required for a report; at most MAX_DETAIL characters) and
 * `answer_id` (a UUID the browser made, to change an earlier answer).
 */
export function parseFeedbackForm(form: FormData): InputCheck {
  const kind = field(form, "kind") ?? "fix";
  if (kind !== "fix" && kind !== "report") return { ok: false, error: "kind must be fix or report." };
  const place = field(form, "place");
  if (!place) return { ok: false, error: "place is missing: the address of the cause, wizard step or guide." };
  // Browsers send a textarea's line breaks as CR LF; count them as the reader typed them. NUL goes: a
  // PostgreSQL text value cannot hold it, and the insert would fail.
  const detail =
    withoutNul(field(form, "detail") ?? "")
      .replace(/\r\n?/g, "\n")
      .trim() || undefined;
  if (detail && detail.length > MAX_DETAIL) return { ok: false, error: `detail is ${detail.length} characters; at most ${MAX_DETAIL}.` };
  const answerId = field(form, "answer_id") || undefined;
  if (answerId && !UUID.test(answerId)) return { ok: false, error: "answer_id must be a UUID." };
  if (kind === "report") {
    if (!detail) return { ok: false, error: "Say what is wrong or missing in the guide." };
    return { ok: true, input: { kind, place, detail, answerId } };
  }
  const answer = field(form, "answer");
  if (answer !== "yes" && answer !== "no") return { ok: false, error: "answer must be yes or no." };
  // "What did you see instead?" belongs to a No.
  return { ok: true, input: { kind, place, answer, detail: answer === "no" ? detail : undefined, answerId } };
}
