import type { Metadata } from "next";
import type { ReactNode } from "react";
import { LookupBox } from "./lookup-box";

export const searchMetadata: Metadata = {
  title: "Look up an error",
  description: "Paste an error message or a code; Fixpath finds the guide that covers it.",
  robots: { index: false },
};

/** /search: the box, then what the last lookup found (never the pasted text: it is not in the address). */
export function SearchPage({ children }: { children?: ReactNode }) {
  return (
    <div className="max-w-3xl">
      <h1 className="text-3xl font-bold tracking-tight">Look up an error</h1>
      <p className="mt-3 text-muted">Paste the whole error: the code, the message, even the stack trace around it.</p>
      <div className="mt-6">
        <LookupBox variant="page" shortcut />
      </div>
      {children}
    </div>
  );
}

/** Why a query was refused (empty or too long), where the results would be. */
export function QueryError({ message }: { message: string }) {
  return (
    <p role="alert" className="mt-6 rounded-md border-l-4 border-[var(--danger-line)] bg-[var(--danger-bg)] px-4 py-2">
      {message}
    </p>
  );
}
