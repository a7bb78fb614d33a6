/**
 * POST /api/feedback, as a function of the request (the route file only calls it), in the order that costs
 * an abuser the most and the server the least: same origin (403), content type (415), size (413), rate
 * (429), fields (400), place in the published library (400), then the store (503 when it is down).
 *
 * Two kinds of caller: the form without JavaScript, which gets a 303 back to the page it came from, at a
 * thank-you; and the form's island (`Accept: application/json`), which gets JSON and stays on the page.
 */
import { clientAddress } from "./client-address";
import { getStore, type Store } from "./client";
import { recordFeedback } from "./feedback";
import { parseFeedbackForm } from "./feedback-input";
import { returnAddress } from "./place-address";
import { resolvePlace } from "./places";
import { feedbackLimitPerMinute, RateLimiter } from "./rate-limit";
import { readCappedBody, MAX_BODY_BYTES } from "./read-body";
import { isSameOrigin } from "./same-origin";

export type FeedbackDeps = { store: () => Promise<Store>; limiter: RateLimiter };

let defaults: FeedbackDeps | undefined;
function defaultDeps(): FeedbackDeps {
  defaults ??= { store: getStore, limiter: new RateLimiter(feedbackLimitPerMinute()) };
  return defaults;
}

const FORM_TYPES = ["application/x-www-form-urlencoded", "multipart/form-data"];

function reply(json: boolean, status: number, message: string, headers: Record<string, string> = {}): Response {
  const common = { "Cache-Control": "no-store", ...headers };
  if (json) return Response.json(status < 300 ? { ok: true } : { error: message }, { status, headers: common });
  // Plain text, never HTML: nothing a visitor sent is ever rendered as markup.
  return new Response(`${message}\n`, { status, headers: { "Content-Type": "text/plain; charset=utf-8", ...common } });
}

export async function handleFeedbackPost(request: Request, deps: FeedbackDeps = defaultDeps()): Promise<Response> {
  const json = (request.headers.get("accept") ?? "").includes("application/json");
  if (!isSameOrigin(request.headers)) return reply(json, 403, "Feedback is accepted only from Fixpath's own pages.");

  const type = (request.headers.get("content-type") ?? "").split(";")[0]?.trim().toLowerCase() ?? "";
  if (!FORM_TYPES.includes(type)) return reply(json, 415, "Send the feedback form as form data.");

  const body = await readCappedBody(request);
  if (!body.ok) return reply(json, 413, `The feedback is larger than ${MAX_BODY_BYTES / 1024} kB; shorten the text.`);

  const taken = deps.limiter.take(clientAddress(request.headers));
  if (!taken.ok) {
    return reply(json, 429, `Too many answers from here in a minute; try again in ${taken.retryAfterSeconds} s.`, {
      "Retry-After": String(taken.retryAfterSeconds),
    });
  }

  const form = await new Response(body.bytes, { headers: { "Content-Type": request.headers.get("content-type") ?? type } })
    .formData()
    .catch(() => undefined);
  if (!form) return reply(json, 400, "The form data could not be read.");
  const parsed = parseFeedbackForm(form);
  if (!parsed.ok) return reply(json, 400, parsed.error);
  const place = resolvePlace(parsed.input.place, parsed.input.kind);
  if (!place) {
    return reply(
      json,
      400,
      parsed.input.kind === "report"
        ? "place must be the address of a published guide."
        : "place must be a published cause section (/errors/…#cause) or the address of a wizard ending (/diagnose/…).",
    );
  }

  let store: Store;
  try {
    store = await deps.store();
  } catch {
    return reply(json, 503, "The feedback store is not available right now; please try again later.", { "Retry-After": "30" });
  }
  const recorded = await recordFeedback(store.db, parsed.input, place).catch(() => undefined);
  if (!recorded) return reply(json, 503, "The feedback could not be stored; please try again later.", { "Retry-After": "30" });
  if (!recorded.ok) return reply(json, 409, "This answer was given at another place; answer here anew.");

  if (json)
    return Response.json(
      { ok: true, kind: parsed.input.kind, answer: parsed.input.answer ?? null },
      { status: 201, headers: { "Cache-Control": "no-store" } },
    );
  // A relative Location: right behind any proxy, whatever host name it serves.
  return new Response(null, {
    status: 303,
    headers: { Location: returnAddress(place.place, parsed.input.kind), "Cache-Control": "no-store" },
  });
}
