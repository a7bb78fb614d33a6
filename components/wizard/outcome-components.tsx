import type { MDXComponents } from "mdx/types";
import type { ReactNode } from "react";
import { mdxComponents } from "@/components/mdx/mdx-components";

function Part({ title, children }: { title: string; children?: ReactNode }) {
  return (
    <div className="mt-6">
      <h3 className="text-xl font-semibold">{title}</h3>
      {children}
    </div>
  );
}

/**
 * How a cause section renders as a wizard outcome: the fix and its verification up front, the symptom
 * and check folded away (the answers already pointed here). Same MDX as the guide, no second copy.
 */
export const outcomeComponents = {
  ...mdxComponents,
  Cause: ({ children }: { children?: ReactNode }) => <>{children}</>,
  Symptom: ({ children }: { children?: ReactNode }) => (
    <details className="mt-6 rounded-md border border-line px-4 py-2">
      <summary className="cursor-pointer font-medium">Why this cause fits, and how to confirm it</summary>
      {children}
    </details>
  ),
  Check: ({ children }: { children?: ReactNode }) => (
    <details className="mt-3 rounded-md border border-line px-4 py-2">
      <summary className="cursor-pointer font-medium">Confirm it with a check</summary>
      {children}
    </details>
  ),
  Fix: ({ children }: { children?: ReactNode }) => <Part title="Fix">{children}</Part>,
  Verify: ({ children }: { children?: ReactNode }) => <Part title="Verify the fix">{children}</Part>,
} satisfies MDXComponents;
