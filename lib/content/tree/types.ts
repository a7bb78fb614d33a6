/**
 * A decision tree as the compiler delivers it: the YAML's structure, with every text rendered once at build
 * time (tree texts are short Markdown with inline code; pages never parse them).
 */

/** A short Markdown text of a tree, in the three forms pages need. */
export type RichText = {
  /** The Markdown as written (ticket summaries quote it). */
  md: string;
  /** HTML made at build time from our own content (raw HTML in the source is dropped). */
  html: string;
  /** Plain text: titles, descriptions, the tree map. */
  plain: string;
};

/** What in a pasted error answers a question with this answer: a literal fragment or a regular expression. */
export type Signal = { text: string } | { pattern: string };

export type Answer = {
  slug: string;
  label: RichText;
  next: string;
  formerSlugs: string[];
  signals: Signal[];
  /** Addresses made before this question existed go on as if this answer was given. */
  assumedByOldLinks: boolean;
};

export type QuestionNode = { kind: "question"; text: RichText; help?: RichText; command?: string; answers: Answer[] };
export type OutcomeNode = { kind: "outcome"; cause: string; guide?: string };
export type HandoverNode = { kind: "handover"; tree: string; text: RichText };
export type DeadEndNode = { kind: "dead-end"; text: RichText; collect: RichText[] };
export type TreeNode = QuestionNode | OutcomeNode | HandoverNode | DeadEndNode;

export type Tree = {
  /** The file name, and the URL: `/diagnose/<id>`. */
  id: string;
  /** The file, relative to the repository (for messages). */
  file: string;
  title: string;
  /** The guide whose causes the outcomes name. */
  guide: string;
  start: string;
  nodes: Record<string, TreeNode>;
};
