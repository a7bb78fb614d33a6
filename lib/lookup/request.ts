/** The longest text the lookup reads; longer input is refused (API, server pages) or cut (the box, the static export). */
export const MAX_QUERY_LENGTH = 20_000;

export type QueryCheck = { ok: true; text: string } | { ok: false; status: 400 | 413; error: string };

/** Validates a lookup query from a request: present, not blank, and at most MAX_QUERY_LENGTH characters. */
export function checkQuery(value: unknown): QueryCheck {
  if (typeof value !== "string" || value.trim() === "") {
    return { ok: false, status: 400, error: "Give the error text or code to look up in the q parameter, e.g. /api/lookup?q=AuthFailure." };
  }
  if (value.length > MAX_QUERY_LENGTH) {
    return {
      ok: false,
      status: 413,
      error: `The text is ${value.length} characters long; the lookup reads at most ${MAX_QUERY_LENGTH}. Paste the error message itself, without the whole log.`,
    };
  }
  return { ok: true, text: value };
}
