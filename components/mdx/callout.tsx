import type { ReactNode } from "react";

type Props = { type?: "info" | "warn" | "danger"; title?: string; children?: ReactNode };

const LOOK = {
  info: { label: "Note", className: "border-[var(--info-line)] bg-[var(--info-bg)]" },
  warn: { label: "Caution", className: "border-[var(--warn-line)] bg-[var(--warn-bg)]" },
  danger: { label: "Danger", className: "border-[var(--danger-line)] bg-[var(--danger-bg)]" },
} as const;

export function Callout({ type = "info", title, children }: Props) {
  const look = LOOK[type];
  return (
    <div role="note" className={`my-6 rounded-md border-l-4 px-4 py-1 ${look.className}`}>
      <p className="font-semibold">{title ?? look.label}</p>
      {children}
    </div>
  );
}
