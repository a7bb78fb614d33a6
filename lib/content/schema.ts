import { z } from "zod";
import { ERROR_CLASSES, PROVIDERS } from "../vocabulary";

export { ARTICLE_KINDS, ERROR_CLASSES, PROVIDERS, type ArticleKind, type ErrorClass, type Provider } from "../vocabulary";

/** A review date: YYYY-MM-DD, a real calendar day, not in the future. */
const isoDate = z.string({ error: "must be a date written as YYYY-MM-DD" }).superRefine((value, ctx) => {
  const date = new Date(`${value}T00:00:00Z`);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) {
    ctx.addIssue({ code: "custom", message: "must be a date written as YYYY-MM-DD" });
  } else if (Number.isNaN(date.getTime()) || !date.toISOString().startsWith(value)) {
    ctx.addIssue({ code: "custom", message: "is not a real calendar date" });
  } else if (date.getTime() > Date.now()) {
    ctx.addIssue({ code: "custom", message: "is in the future; use the day the guide was last checked" });
  }
});

/** A literal fragment (matched case-insensitively) or a JavaScript regular expression. */
const messagePattern = z.union(
  [
    z.string().trim().min(4, { error: "a message fragment needs at least 4 characters to be specific" }),
    z.strictObject({
      pattern: z.string().min(4).refine(isValidRegExp, { error: "is not a valid JavaScript regular expression" }),
    }),
  ],
  { error: 'each entry is a text fragment or `{ pattern: "regular expression" }`' },
);

function isValidRegExp(source: string): boolean {
  try {
    new RegExp(source, "i");
    return true;
  } catch {
    return false;
  }
}

const reference = z.strictObject({
  title: z.string().trim().min(3, { error: "give the reference a descriptive title" }),
  url: z.url({ protocol: /^https$/, error: "must be an https:// link to official documentation" }),
});

/** Site-relative path of another guide, e.g. `/errors/aws/accessdenied`. */
const guidePath = z.string().regex(/^\/(errors\/[a-z0-9-]+|compare|playbooks)\/[a-z0-9-]+$/, {
  error: "must be a guide path such as /errors/aws/accessdenied or /compare/http-401-vs-403",
});

/**
 * Frontmatter of every article. `code` and `provider` are required for error guides; the loader checks
 * that (and that they match the file's folder and name), since the kind comes from the path.
 */
export const frontmatterSchema = z.strictObject({
  code: z.string().trim().min(1).optional(),
  provider: z.enum(PROVIDERS, { error: `must be one of ${PROVIDERS.join(", ")}` }).optional(),
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
  /** Other spellings of the code that identify this guide (`AccessDeniedException`). */
  aliases: z.array(z.string().trim().min(2)).default([]),
  /** Fragments or patterns that identify this guide in a pasted error. */
  messages: z.array(messagePattern).default([]),
  related: z.array(guidePath).min(2, { error: "list at least two related guides, by path" }),
  references: z.array(reference).min(2, { error: "list at least two official references" }),
  lastReviewed: isoDate,
});

export type Frontmatter = z.infer<typeof frontmatterSchema>;
export type MessagePattern = z.infer<typeof messagePattern>;
export type Reference = z.infer<typeof reference>;

/** What to write when a field is missing: shown in the problem message. */
export const FIELD_EXAMPLES: Record<string, string> = {
  code: "code: AuthFailure",
  provider: "provider: aws",
  title: 'title: "AuthFailure: AWS was not able to validate the provided access credentials"',
  summary: "summary: One or two sentences that say what the error means.",
  class: `class: authentication  # one of ${ERROR_CLASSES.join(", ")}`,
  references: "references:\n  - title: Official page title\n    url: https://docs.aws.amazon.com/...",
  lastReviewed: "lastReviewed: 2026-01-31",
};
