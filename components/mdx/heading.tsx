import type { ReactNode } from "react";
import { CopyButton } from "@/components/copy-button";
import { textOf } from "./text-of";

type Props = { level: 2 | 3 | 4; id?: string; children?: ReactNode };

/**
 * A section heading that links to itself, with a button that copies that link (anchors are public).
 * Its styles are the `heading-row` classes in globals.css.
 */
export function Heading({ level, id, children }: Props) {
  const Tag = `h${level}` as const;
  if (!id) return <Tag>{children}</Tag>;
  // The parts of a cause (How you can tell, Check, Fix, Verify) keep their anchors, without a button each.
  if (level === 4) {
    return (
      <div className="heading-row heading-row-4 not-prose">
        <Tag id={id}>
          <a href={`#${id}`}>{children}</a>
        </Tag>
      </div>
    );
  }
  const text = textOf(children) || id.replace(/-/g, " ");
  return (
    <div className={`heading-row heading-row-${level} not-prose`}>
      <Tag id={id}>
        <a href={`#${id}`}>{children}</a>
      </Tag>
      <CopyButton mode="link" anchor={id} label={`Copy link to ${text}`} />
    </div>
  );
}
