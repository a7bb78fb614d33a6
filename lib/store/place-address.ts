/**
 * Addresses of feedback places, shared by the form (in the browser too) and the server: pure, no imports.
 *
 * A place is the public address a reader answers at: a cause section (`/errors/aws/authfailure#key-inactive`),
 * a wizard state (`/diagnose/aws-authfailure/sts-fails/key-inactive`) or, for a problem report, the guide.
 */
export type FeedbackKind = "fix" | "report";

/**
 * The id of the thank-you shown without JavaScript: the form posts, the server answers with a redirect to
 * `<page>#<this id>`, and CSS (`:target`) shows the note where the form is, on the prerendered page.
 */
export function thanksId(place: string, kind: FeedbackKind): string {
  if (kind === "report") return "report-thanks";
  const hash = place.indexOf("#");
  return hash >= 0 ? `feedback-thanks-${place.slice(hash + 1)}` : "feedback-thanks";
}

/** Where the reader returns after a post without JavaScript: the same page, at the thank-you. */
export function returnAddress(place: string, kind: FeedbackKind): string {
  const hash = place.indexOf("#");
  return `${hash >= 0 ? place.slice(0, hash) : place}#${thanksId(place, kind)}`;
}

/** The localStorage key of the reader's answer at a place (one answer per place, changeable). */
export function answerStorageKey(place: string): string {
  return `fixpath:feedback:${place}`;
}
