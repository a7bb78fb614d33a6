import type { Article } from "@/lib/content";
import { CLASS_LABELS, PROVIDER_SHORT } from "@/lib/site";

const badge = "inline-flex items-center rounded-full border border-line px-2.5 py-0.5 text-xs font-medium";

/** Codes, provider, HTTP status and class of an article, as a labelled list of badges. */
export function Badges({ article }: { article: Article }) {
  const { meta } = article;
  return (
    <ul aria-label="About this error" className="flex flex-wrap gap-2">
      {meta.draft && <li className={`${badge} border-[var(--warn-line)] bg-[var(--warn-bg)]`}>Draft: not yet verified or published</li>}
      {meta.codes.map((code) => (
        <li key={code} className={`${badge} bg-surface font-mono`}>
          <span className="sr-only">Code: </span>
          {code}
        </li>
      ))}
      {article.provider && (
        <li className={badge}>
          <span className="sr-only">Provider: </span>
          {PROVIDER_SHORT[article.provider]}
        </li>
      )}
      {meta.httpStatus !== undefined && !meta.codes.includes(String(meta.httpStatus)) && (
        <li className={badge}>
          HTTP {meta.httpStatus}
          {meta.httpStatusNote && <span className="sr-only"> (varies, see the note below)</span>}
        </li>
      )}
      <li className={`${badge} bg-accent-soft`}>
        <span className="sr-only">Class: </span>
        {CLASS_LABELS[meta.class].label}
      </li>
    </ul>
  );
}
