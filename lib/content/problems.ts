/**
 * A content problem: something in `content/` that must be fixed before the site can ship.
 * Every problem names the file (relative to the repository), the line when one is known,
 * the field or node it concerns, and a message that says what to change.
 */
export type Problem = {
  /** Path relative to the repository root, e.g. `content/errors/aws/authfailure.mdx`. */
  file: string;
  /** 1-based line number, or undefined when the problem concerns the whole file. */
  line?: number;
  /** Frontmatter field path (`references[0].url`), `link`, `cause`, `mdx`, or a tree node (`node sts`). */
  field: string;
  message: string;
};

/** `file:line: field: message`, the one format every content error uses (pinned by a unit test). */
export function formatProblem(p: Problem): string {
  const where = p.line === undefined ? p.file : `${p.file}:${p.line}`;
  return `${where}: ${p.field}: ${p.message}`;
}

export class ContentError extends Error {
  readonly problems: Problem[];
  constructor(problems: Problem[]) {
    const count = problems.length === 1 ? "1 problem" : `${problems.length} problems`;
    super(`Content check failed with ${count}:\n${problems.map(formatProblem).join("\n")}`);
    this.name = "ContentError";
    this.problems = problems;
  }
}
