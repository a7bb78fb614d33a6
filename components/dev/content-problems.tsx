import type { Problem } from "@/lib/content";
import { formatProblem } from "@/lib/content";

/**
 * Development only: a guide or tree that did not compile shows what is wrong with it instead of its page
 * (every other page keeps working). Production builds refuse broken content, so this never ships.
 */
export function ContentProblems({ file, problems, compact = false }: { file: string; problems: Problem[]; compact?: boolean }) {
  const Title = compact ? "h2" : "h1";
  return (
    <div className={compact ? "mb-8 rounded-lg border border-[var(--danger-line)] p-4" : "max-w-4xl"} role="alert">
      <p className="text-sm font-medium text-muted">Development preview</p>
      <Title className={`mt-1 font-bold tracking-tight ${compact ? "text-xl" : "text-3xl"}`}>{file} has problems</Title>
      <p className="mt-3 text-muted">Fix them and save: this page refreshes by itself. `npm run check:content` prints the same list.</p>
      <ul className="mt-6 space-y-2 font-mono text-sm">
        {problems.map((p) => (
          <li
            key={formatProblem(p)}
            className="whitespace-pre-wrap rounded-md border-l-4 border-[var(--danger-line)] bg-[var(--danger-bg)] px-3 py-2"
          >
            {formatProblem(p)}
          </li>
        ))}
      </ul>
    </div>
  );
}
