import { z } from "zod";
import { GUIDE_PATH, GUIDE_PATH_HINT, KEBAB_CASE, KEBAB_CASE_HINT } from "../rules";

const slug = z.string().regex(KEBAB_CASE, { error: `must be ${KEBAB_CASE_HINT}` });

const signal = z.union([z.strictObject({ text: z.string().trim().min(6) }), z.strictObject({ pattern: z.string().min(4).refine(isRegExp, { error: "is not a valid JavaScript regular expression" }) })], {
  error: 'each signal is text: "fragment" or pattern: \'regular expression\'',
});

function isRegExp(source: string): boolean {
  try {
    new RegExp(source, "i");
    return true;
  } catch {
    return false;
  }
}

/** One answer to a question: what the person sees, the URL segment it adds, and where it leads. */
const answer = z.strictObject({
  slug: slug.refine((s) => s !== "map", { error: '"map" is reserved for the tree picture; choose another slug' }),
  label: z.string().trim().min(1, { error: "describe what the person sees" }),
  next: z.string().min(1),
  /** Slugs this answer had before a rename: old wizard links redirect to the current slug. */
  formerSlugs: z.array(slug).optional(),
  /**
   * What in a pasted error already answers this question with this answer (a literal fragment, any case,
   * or a regular expression): `/diagnose?q=` starts past the questions the paste answers.
   */
  signals: z.array(signal).optional(),
  /**
   * For a question added to a published tree: addresses made before it existed go on as if this answer
   * was given (they redirect to the path with it), so published wizard links keep working.
   */
  assumedByOldLinks: z.literal(true).optional(),
});

const question = z.strictObject({
  kind: z.literal("question"),
  /** What to look at, as a question with observable answers (Markdown: inline code only). */
  text: z.string().trim().min(5),
  help: z.string().trim().optional(),
  /** A command to run, shown with a copy button. */
  command: z.string().trim().optional(),
  answers: z
    .array(answer)
    .min(2, { error: "a question needs two to five answers" })
    .max(5, { error: "a question needs two to five answers; split it into two questions" }),
});

/** The cause a path ends at: a `<Cause id>` of the tree's guide, or of `guide` when given. */
const outcome = z.strictObject({
  kind: z.literal("outcome"),
  cause: slug,
  guide: z.string().regex(GUIDE_PATH, { error: `must be ${GUIDE_PATH_HINT}` }).optional(),
});

/** "This is really another error": continues in another tree. */
const handover = z.strictObject({
  kind: z.literal("handover"),
  tree: slug,
  text: z.string().trim().min(5),
});

/** None of the known causes fits: say so, and what to collect for a support ticket. */
const deadEnd = z.strictObject({
  kind: z.literal("dead-end"),
  text: z.string().trim().min(5),
  collect: z.array(z.string().trim().min(3)).min(1, { error: "list what to collect for a support ticket" }),
});

export const treeNodeSchema = z.discriminatedUnion("kind", [question, outcome, handover, deadEnd], {
  error: 'kind must be one of "question", "outcome", "handover", "dead-end"',
});

export const treeSchema = z.strictObject({
  title: z.string().trim().min(3),
  /** The guide whose causes the outcomes name, e.g. `/errors/aws/authfailure`. */
  guide: z.string().regex(GUIDE_PATH, { error: `must be ${GUIDE_PATH_HINT}` }),
  start: z.string().min(1),
  nodes: z.record(slug, treeNodeSchema),
});

export type TreeSource = z.infer<typeof treeSchema>;
