import type { ReactNode } from "react";
import { CopyButton } from "@/components/copy-button";
import { textOf } from "./text-of";

type Props = { level: 2 | 3 | 4; id?: string; children?: ReactNode; className?: string };

const STYLES = { 2: "text-2xl mt-12", 3: "text-xl mt-6", 4: "text-base mt-5" } as const;

/** A section heading that links to itself, with a button that copies that link (anchors are public). */
export function Heading({ level, id, children, className = "" }: Props) {
  const Tag = `h${level}` as const;
  if (!id) return <Tag className={className}>{children}</Tag>;
  const text = textOf(children) || id.replace(/-/g, " ");
  return (
    <div className={`heading-row not-prose flex flex-wrap items-baseline gap-x-3 gap-y-1 ${STYLES[level]}`}>
      <Tag id={id} className={`font-semibold tracking-tight ${className}`}>
        <a href={`#${id}`} className="hover:underline underline-offset-4">
          {children}
        </a>
      </Tag>
      <CopyButton mode="link" anchor={id} label={`Copy link to ${text}`} />
    </div>
  );
}
