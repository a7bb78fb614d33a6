import Link from "next/link";
import { CopyButton } from "@/components/copy-button";
import type { Finding, GuideLink, Severity } from "@/lib/analyze/types";

/** Severity in words and in colour: the word is there so that colour is never the only sign. */
const LOOK: Record<Severity, { word: string; className: string }> = {
  problem: { word: "Problem", className: "border-[var(--danger-line)] bg-[var(--danger-bg)]" },
  warning: { word: "Warning", className: "border-[var(--warn-line)] bg-[var(--warn-bg)]" },
  info: { word: "Note", className: "border-[var(--info-line)] bg-[var(--info-bg)]" },
  ok: { word: "OK", className: "border-line bg-surface" },
};

/** A guide section inside the site, or (Entra ID codes) Microsoft's own page, which gets no referrer. */
function FindingLink({ link }: { link: GuideLink }) {
  const className = "text-accent underline underline-offset-2";
  return link.href.startsWith("/") ? (
    <Link prefetch={false} href={link.href} className={className}>
      {link.label}
    </Link>
  ) : (
    <a href={link.href} rel="noreferrer noopener" className={className}>
      {link.label}
    </a>
  );
}

/** One finding: what is wrong, why (with the numbers read), the guide sections that back it, a command. */
export function FindingItem({ finding }: { finding: Finding }) {
  const look = LOOK[finding.severity];
  return (
    <li className={`rounded-md border-l-4 px-4 py-3 ${look.className}`} data-severity={finding.severity}>
      <p className="font-semibold">
        <span className="mr-2 text-xs font-bold uppercase tracking-wide">{look.word}</span>
        {finding.title}
      </p>
      <p className="mt-1 text-sm">{finding.detail}</p>
      {finding.command && (
        <div className="mt-2 flex items-start gap-2">
          <pre tabIndex={0} aria-label="Command" className="min-w-0 flex-1 overflow-x-auto rounded bg-code px-2 py-1 font-mono text-xs">
            <code>{finding.command}</code>
          </pre>
          <CopyButton mode="command" command={finding.command} label="Copy command" />
        </div>
      )}
      {finding.links.length > 0 && (
        <ul className="mt-2 space-y-1 text-sm">
          {finding.links.map((link) => (
            <li key={link.href}>
              <FindingLink link={link} />
            </li>
          ))}
        </ul>
      )}
    </li>
  );
}
