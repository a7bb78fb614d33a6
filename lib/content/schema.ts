import { z } from "zod";
import { ERROR_CLASSES, PROVIDERS } from "../vocabulary";
import { GUIDE_PATH, GUIDE_PATH_HINT, KEBAB_CASE } from "./rules";

export { ARTICLE_KINDS, ERROR_CLASSES, PROVIDERS, type ArticleKind, type ErrorClass, type Provider } from "../vocabulary";

/** A date: YYYY-MM-DD, a real calendar day, not in the future. */
const isoDate = z.string({ error: "must be a date written as YYYY-MM-DD" }).superRefine((value, ctx) => {
  const date = new Date(`${value}T00:00:00Z`);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) {
    ctx.addIssue({ code: "custom", message: "must be a date written as YYYY-MM-DD" });
  } else if (Number.isNaN(date.getTime()) || !date.toISOString().startsWith(value)) {
    ctx.addIssue({ code: "custom", message: "is not a real calendar date" });
  } else if (date.getTime() > Date.now()) {
    ctx.addIssue({ code: "custom", message: "is in the future; use the day of the edit or check" });
  }
});

function isValidRegExp(source: string): boolean {
  try {
    new RegExp(source, "i");
    return true;
  } catch {
    return false;
  }
}

/** Where an exact message was really seen: an official page, an SDK/CLI source file or a public issue thread. */
const seen = z.url({
  protocol: /^https$/,
  error: "must be the https URL of a page where this exact text appears (issue thread, SDK/CLI source file or official page)",
});

/**
 * A literal fragment (matched case-insensitively) or a JavaScript regular expression, with the URL where
 * that text was seen, and optionally the cause of this guide that the text alone identifies.
 */
const message = z
  .strictObject(
    {
      text: z.string().trim().min(4, { error: "a message fragment needs at least 4 characters to be specific" }).optional(),
      pattern: z.string().min(4).refine(isValidRegExp, { error: "is not a valid JavaScript regular expression" }).optional(),
      seen,
      cause: z.string().regex(KEBAB_CASE, { error: "must be a <Cause id> of this guide" }).optional(),
    },
    { error: "each entry is an object: text: \"fragment\" (or pattern: 'regular expression') and seen: https://… where it appears" },
  )
  .refine((m) => (m.text === undefined) !== (m.pattern === undefined), { error: "give either text: or pattern:, not both" });

const reference = z.strictObject({
  title: z.string().trim().min(3, { error: "give the reference a descriptive title" }),
  url: z.url({ protocol: /^https$/, error: "must be an https:// link to official documentation" }),
});

const guidePath = z.string().regex(GUIDE_PATH, { error: `must be ${GUIDE_PATH_HINT}` });

/** What every article has, whatever its kind. */
const common = {
  /** The real codes as the service or client spells them (zero or more); the first is shown as the badge. */
  codes: z.array(z.string().trim().min(1)).default([]),
  title: z.string().trim().min(3, { error: "must be a title of at least 3 characters" }),
  summary: z
    .string()
    .trim()
    .min(20, { error: "must be one or two sentences (20 to 240 characters)" })
    .max(240, { error: "must be at most 240 characters; keep it to one or two sentences" }),
  httpStatus: z.int({ error: "must be a whole number such as 401" }).min(100).max(599).optional(),
  /** Where services disagree about the status, say so here (shown next to the status badge). */
  httpStatusNote: z.string().trim().min(3).optional(),
  class: z.enum(ERROR_CLASSES, { error: `must be one of ${ERROR_CLASSES.join(", ")}` }),
  /** Other spellings of the code that identify this guide (`Client.AuthFailure`). */
  aliases: z.array(z.string().trim().min(2)).default([]),
  /** Fragments or patterns that identify this guide (and maybe a cause) in a pasted error. */
  messages: z.array(message).default([]),
  related: z.array(guidePath).min(2, { error: "list at least two related guides, by path" }),
  references: z.array(reference).min(2, { error: "list at least two official references" }),
  /** The day of the last edit. */
  lastReviewed: isoDate,
  /** The day someone other than the writer last checked every claim (content/verification/<guide>.md). */
  lastVerified: isoDate.optional(),
  /** A guide being written: shown in development and the preview build, left out of the published site. */
  draft: z.boolean().default(false),
};

const provider = z.enum(PROVIDERS, { error: `must be one of ${PROVIDERS.join(", ")}` });

/** An error guide always names its provider (its folder); compare guides and playbooks may. */
export const errorFrontmatter = z.strictObject({ ...common, provider });
export const otherFrontmatter = z.strictObject({ ...common, provider: provider.optional() });

export type ErrorFrontmatter = z.infer<typeof errorFrontmatter>;
export type OtherFrontmatter = z.infer<typeof otherFrontmatter>;
export type Frontmatter = ErrorFrontmatter | OtherFrontmatter;
export type MessagePattern = z.infer<typeof message>;
export type Reference = z.infer<typeof reference>;

export const FRONTMATTER_FIELDS = Object.keys(errorFrontmatter.shape);

/** What to write when a field is missing: shown in the problem message (by field name or last path key). */
export const FIELD_EXAMPLES: Record<string, string> = {
  codes: "codes: [AuthFailure]",
  provider: "provider: aws",
  title: 'title: "AuthFailure: AWS was not able to validate the provided access credentials"',
  summary: "summary: One or two sentences that say what the error means.",
  class: `class: authentication  # one of ${ERROR_CLASSES.join(", ")}`,
  related: "related:\n  - /errors/aws/accessdenied\n  - /compare/http-401-vs-403",
  references: "references:\n  - title: Official page title\n    url: https://docs.aws.amazon.com/...",
  lastReviewed: "lastReviewed: 2026-01-31",
  lastVerified: "lastVerified: 2026-01-31",
  seen: "seen: https://github.com/<owner>/<repo>/issues/<n> (a page where this exact text appears)",
};
