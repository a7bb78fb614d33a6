import type { ErrorFrontmatter, OtherFrontmatter } from "./schema";
import type { Provider } from "../vocabulary";
import type { Tree } from "./tree/types";
import type { Problem } from "./problems";

/** One entry of "On this page". */
export type TocEntry = { id: string; text: string; depth: 2 | 3 };

/** An internal or external link in a body, for the link checks. */
export type LinkRef = { href: string; text: string; line?: number };

/** One cause of a guide, as the compiler delivers it. */
export type Cause = {
  id: string;
  title: string;
  /** How the reader can tell this cause, in one line ("Causes at a glance"). */
  signal: string;
  /** The fix in one line ("Causes at a glance"). */
  fix: string;
  line?: number;
  /** The cause section rendered on its own (wizard outcomes): compiled MDX, same-page links pointing at the guide. */
  code: string;
  /** The Fix part as portable Markdown (ticket summaries). */
  fixMarkdown: string;
  /** The first code block of the Verify part: the command that proves the fix (ticket summaries). */
  verifyCommand?: string;
};

/** What every compiled article has. */
type ArticleBase = {
  url: string;
  slug: string;
  /** The source file relative to the repository, for messages. */
  file: string;
  /** The source file relative to content/. */
  relative: string;
  toc: TocEntry[];
  /** Public anchors: headings, causes and their parts (part of the URL contract). */
  anchors: string[];
  /** Footnote ids: valid link targets on the page, but not public anchors. */
  footnotes: string[];
  links: LinkRef[];
  causes: Cause[];
  /** Whether the body places the guide's decision tree (`<DecisionTree />`). */
  hasDecisionTree: boolean;
  /** The page body: compiled MDX (a function body for `run`). */
  code: string;
  /** The body as portable Markdown with absolute links (the Markdown twin). */
  markdown: string;
  wordCount: number;
  /** 1-based line of frontmatter paths (`related.1`, `codes`), for messages about other files. */
  lines: Record<string, number>;
};

export type ErrorGuide = ArticleBase & { kind: "error"; provider: Provider; meta: ErrorFrontmatter };
export type CompareGuide = ArticleBase & { kind: "compare"; provider?: Provider; meta: OtherFrontmatter };
export type Playbook = ArticleBase & { kind: "playbook"; provider?: Provider; meta: OtherFrontmatter };
export type Article = ErrorGuide | CompareGuide | Playbook;

/** A page redirect (permanent): content/redirects.yaml pages, and old wizard answer paths. */
export type PageRedirect = { from: string; to: string };
/** An old #anchor of a page that now lands on a renamed section. */
export type AnchorRedirect = { page: string; from: string; to: string };

/** A content file that did not compile: in development its pages show its problems. */
export type BrokenFile = { url?: string; treeId?: string; file: string };

/**
 * The compiled library: what `npm run content` writes to .fixpath/library.json, and the only thing pages,
 * the lookup, twins and tickets read.
 */
export type Library = {
  /** Every article, drafts included (consumers decide whether to show them). */
  articles: Article[];
  trees: Tree[];
  redirects: { pages: PageRedirect[]; anchors: AnchorRedirect[] };
  broken: BrokenFile[];
  problems: Problem[];
};
