import type { VFile } from "vfile";

/**
 * A content problem: something in `content/` that must be fixed before the site can ship. While the
 * compiler runs, problems travel as positioned messages on each file's VFile (`report`); the artifact and
 * the check print them as plain records.
 */
export type Problem = {
  /** Path relative to the repository root, e.g. `content/errors/aws/authfailure.mdx`. */
  file: string;
  /** 1-based line number, or undefined when the problem concerns the whole file. */
  line?: number;
  /** Frontmatter field path (`references[0].url`), `link`, `cause …`, `mdx`, or a tree node (`node sts`). */
  field: string;
  /** What is wrong, and what to change. */
  message: string;
};

/** Records a problem on the file it concerns, at a line when one is known. */
export function report(file: VFile, field: string, message: string, line?: number): void {
  file.message(message, { place: line ? { line, column: 1 } : undefined, ruleId: field, source: "fixpath" });
}

/** The problems recorded on some files, in file order, then line order. */
export function problemsOf(files: Iterable<VFile>): Problem[] {
  return [...files].flatMap((file) =>
    file.messages
      .map((m) => ({ file: file.path, line: m.line ?? undefined, field: m.ruleId ?? "content", message: m.reason }))
      .sort((a, b) => (a.line ?? 0) - (b.line ?? 0)),
  );
}

/** `file:line: field: message`, the one format every content error uses (pinned by a unit test). */
export function formatProblem(p: Problem): string {
  const where = p.line === undefined ? p.file : `${p.file}:${p.line}`;
  return `${where}: ${p.field}: ${p.message}`;
}

export class ContentError extends Error {
  readonly problems: Problem[];
  constructor(problems: Problem[]) {
    const count = problems.length === 1 ? "1 problem" : `${problems.length} problems`;
    super(`Content check failed with ${count}:\n${problems.map(formatProblem).join("\n")}\nRun npm run check:content for the same list.`);
    this.name = "ContentError";
    this.problems = problems;
  }
}
