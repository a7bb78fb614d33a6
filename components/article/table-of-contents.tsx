import type { TocEntry } from "@/lib/content";
import { TocHighlight } from "./toc-highlight";

function Entries({ entries }: { entries: TocEntry[] }) {
  return (
    <ol className="space-y-1.5">
      {entries.map((entry) => (
        <li key={entry.id} className={entry.depth === 3 ? "pl-4" : ""}>
          <a href={`#${entry.id}`} className="toc-link" data-toc={entry.id}>
            {entry.text}
          </a>
        </li>
      ))}
    </ol>
  );
}

/**
 * "On this page": every section and cause, from the headings the compiler found (one source of ids). On
 * phones a closed disclosure at the top; from 1024 px a sticky column that marks the section being read.
 */
export function TableOfContents({ entries }: { entries: TocEntry[] }) {
  return (
    <>
      <details className="toc-mobile no-print rounded-lg border border-line p-3 text-sm lg:hidden">
        <summary className="cursor-pointer font-semibold">On this page</summary>
        <nav aria-label="On this page" className="mt-2">
          <Entries entries={entries} />
        </nav>
      </details>
      <nav
        aria-labelledby="toc-title"
        className="toc-desktop no-print hidden rounded-lg border border-line p-4 text-sm lg:sticky lg:top-4 lg:block lg:max-h-[calc(100vh-2rem)] lg:overflow-y-auto"
      >
        <h2 id="toc-title" className="mb-2 font-semibold">
          On this page
        </h2>
        <Entries entries={entries} />
      </nav>
      <TocHighlight ids={entries.map((e) => e.id)} />
    </>
  );
}
