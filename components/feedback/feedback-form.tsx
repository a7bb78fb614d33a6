"use client";

import { useId, useMemo, useRef, useState, useSyncExternalStore, type FormEvent } from "react";
import { answerStorageKey, thanksId, type FeedbackKind } from "@/lib/store/place-address";

/** The longest "what did you see instead?" (the server refuses longer). */
const MAX_DETAIL = 1000;

type Props = {
  /** The public address answered about: `/errors/…#cause`, `/diagnose/…`, or the guide (kind "report"). */
  place: string;
  kind?: FeedbackKind;
  /** "Did this fix it?" under causes and outcomes; "Did this help?" at dead ends and handovers. */
  question?: string;
};

type Stored = { answer: "yes" | "no"; answerId: string; at: number };

function parseStored(raw: string | null): Stored | undefined {
  try {
    const value = JSON.parse(raw ?? "null") as Stored | null;
    return value && (value.answer === "yes" || value.answer === "no") && typeof value.answerId === "string" ? value : undefined;
  } catch {
    return undefined;
  }
}

// Answers live in localStorage; every form on the page (and in other tabs) follows changes to them.
const listeners = new Set<() => void>();
function subscribe(listener: () => void) {
  listeners.add(listener);
  window.addEventListener("storage", listener);
  return () => {
    listeners.delete(listener);
    window.removeEventListener("storage", listener);
  };
}
function readRaw(key: string): string | null {
  try {
    return localStorage.getItem(key);
  } catch {
    return null; // storage blocked: nothing remembered
  }
}
function saveAnswer(place: string, stored: Stored) {
  try {
    localStorage.setItem(answerStorageKey(place), JSON.stringify(stored));
  } catch {
    // private mode: the answer is recorded, only not remembered here
  }
  for (const listener of listeners) listener();
}

/** The reader's answer at this place, if they gave one in this browser (none in the server render). */
function useStoredAnswer(place: string, enabled: boolean): Stored | undefined {
  const key = answerStorageKey(place);
  const raw = useSyncExternalStore(
    subscribe,
    () => (enabled ? readRaw(key) : null),
    () => null,
  );
  return useMemo(() => parseStored(raw), [raw]);
}

// The masking rules are imported when first needed (a reader types, or sends), so the form's own chunk stays
// small; on pages whose header lookup already loaded them, the import costs nothing more.
let masking: Promise<typeof import("@/lib/lookup/mask")> | undefined;
const loadMasking = () => (masking ??= import("@/lib/lookup/mask"));

const noSubscription = () => () => {};

/** A random v4 UUID (crypto.randomUUID exists only on https and localhost). */
function newAnswerId(): string {
  if (typeof crypto.randomUUID === "function") return crypto.randomUUID();
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  bytes[6] = ((bytes[6] ?? 0) & 0x0f) | 0x40;
  bytes[8] = ((bytes[8] ?? 0) & 0x3f) | 0x80;
  const hex = Array.from(bytes, (b) => b.toString(16).padStart(2, "0")).join("");
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/**
 * "Did this fix it?" (or a problem report): a plain form that posts to /api/feedback and, without
 * JavaScript, comes back to the same place with a thank-you (the server redirects to `#<thanks id>` and
 * CSS `:target` shows it, so the page stays prerendered). With JavaScript, this island sends it in place,
 * remembers the answer for this place in localStorage (one answer per reader and place; changing it
 * replaces it through the same random answer id) and masks secrets in the text before it leaves the page.
 */
export function FeedbackForm({ place, kind = "fix", question = "Did this fix it?" }: Props) {
  const id = useId();
  const detail = useRef<HTMLTextAreaElement>(null);
  const report = kind === "report";
  const stored = useStoredAnswer(place, !report);
  // True once this island runs in the browser: until then a click posts the plain form (and that works too).
  const live = useSyncExternalStore(
    noSubscription,
    () => true,
    () => false,
  );
  const [changing, setChanging] = useState(false);
  const [sending, setSending] = useState(false);
  const [status, setStatus] = useState("");
  const [error, setError] = useState("");
  const [maskNote, setMaskNote] = useState("");

  const mask = async () => {
    const field = detail.current;
    if (!field) return;
    const { maskSecrets, describeMasking } = await loadMasking();
    const masked = maskSecrets(field.value);
    // Whatever was masked is replaced in the field too: the secret is no longer on the page.
    if (masked.masked.length > 0) field.value = masked.text;
    setMaskNote(describeMasking(masked.masked) ?? "");
  };

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (sending) return;
    const form = event.currentTarget;
    const submitter = (event.nativeEvent as SubmitEvent).submitter;
    // If the masking rules cannot load (offline), the server masks anyway.
    await mask().catch(() => {});
    const data = new FormData(form, submitter instanceof HTMLButtonElement ? submitter : null);
    const answer = data.get("answer") === "no" ? "no" : "yes";
    const answerId = stored?.answerId ?? newAnswerId();
    if (!report) data.set("answer_id", answerId);
    setSending(true);
    setError("");
    try {
      const response = await fetch("/api/feedback", { method: "POST", body: data, headers: { Accept: "application/json" } });
      if (!response.ok) {
        const body = (await response.json().catch(() => ({}))) as { error?: string };
        setError(body.error ?? `The answer could not be sent (HTTP ${response.status}).`);
        return;
      }
      if (report) {
        if (detail.current) detail.current.value = "";
        setMaskNote("");
        setStatus("Thank you: your report is recorded. The editors read every one.");
        return;
      }
      saveAnswer(place, { answer, answerId, at: Date.now() });
      setChanging(false);
      setStatus(`Thank you: your answer "${answer === "yes" ? "Yes" : "No"}" is recorded.`);
    } catch {
      setError("The answer could not be sent: check the connection and try again.");
    } finally {
      setSending(false);
    }
  };

  const answered = stored && !changing;
  const button = "rounded-md border border-line px-4 py-1.5 font-medium hover:bg-surface disabled:opacity-60";
  return (
    <form
      method="post"
      action="/api/feedback"
      encType="multipart/form-data"
      onSubmit={(e) => void submit(e)}
      aria-labelledby={`${id}-question`}
      className="feedback no-print not-prose my-6 rounded-lg border border-line bg-surface/40 p-4"
      data-feedback={kind}
      data-live={live ? "" : undefined}
    >
      <input type="hidden" name="place" value={place} />
      <input type="hidden" name="kind" value={kind} />
      <p id={`${id}-question`} className="font-semibold">
        {report ? "What is wrong or missing?" : question}
      </p>
      {answered ? (
        <p className="mt-2">
          You answered <strong>{stored.answer === "yes" ? "Yes" : "No"}</strong> here.{" "}
          <button type="button" className="text-accent underline underline-offset-4" onClick={() => setChanging(true)}>
            Change your answer
          </button>
        </p>
      ) : report ? (
        <>
          <label htmlFor={`${id}-detail`} className="mt-2 block text-sm text-muted">
            The exact error and what the guide got wrong (up to 1,000 characters; secrets are masked before anything is sent or kept)
          </label>
          <textarea
            ref={detail}
            id={`${id}-detail`}
            name="detail"
            required
            rows={4}
            maxLength={MAX_DETAIL}
            onChange={() => void mask().catch(() => {})}
            className="mt-2 w-full rounded-md border border-line bg-bg px-3 py-2 font-mono text-sm"
          />
          <button type="submit" disabled={sending} className={`${button} mt-2`}>
            Send report
          </button>
        </>
      ) : (
        <>
          <div className="mt-2 flex flex-wrap gap-2">
            <button type="submit" name="answer" value="yes" disabled={sending} className={button}>
              Yes
            </button>
            <button type="submit" name="answer" value="no" disabled={sending} className={button}>
              No
            </button>
          </div>
          <details className="mt-3">
            <summary className="cursor-pointer text-sm">No, and here is what I saw instead</summary>
            <label htmlFor={`${id}-detail`} className="mt-2 block text-sm text-muted">
              What did you see instead? (optional, up to 1,000 characters; secrets are masked before anything is sent or kept)
            </label>
            <textarea
              ref={detail}
              id={`${id}-detail`}
              name="detail"
              rows={3}
              maxLength={MAX_DETAIL}
              onChange={() => void mask().catch(() => {})}
              className="mt-2 w-full rounded-md border border-line bg-bg px-3 py-2 font-mono text-sm"
            />
            <button type="submit" name="answer" value="no" disabled={sending} className={`${button} mt-2`}>
              Send “No” with this
            </button>
          </details>
        </>
      )}
      <p id={thanksId(place, kind)} className="feedback-thanks mt-2 hidden font-medium target:block">
        Thank you: your {report ? "report" : "answer"} is recorded.
      </p>
      <p role="status" className={status || maskNote ? "mt-2 text-sm" : "sr-only"}>
        {status || maskNote}
      </p>
      {error && (
        <p role="alert" className="mt-2 text-sm">
          {error}
        </p>
      )}
    </form>
  );
}
