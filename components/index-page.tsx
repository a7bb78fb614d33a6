import type { ReactNode } from "react";
import { Breadcrumb, type Crumb } from "@/components/article/breadcrumb";
import { LookupBox } from "@/components/lookup/lookup-box";

/** The frame of an index page (/errors, /errors/<provider>, /compare, /playbooks): its own lookup box, then the list. */
export function IndexPage({ title, intro, crumbs, children }: { title: string; intro: string; crumbs: Crumb[]; children: ReactNode }) {
  return (
    <div className="max-w-5xl">
      <Breadcrumb items={crumbs} />
      <h1 className="text-3xl font-bold tracking-tight">{title}</h1>
      <p className="mt-3 max-w-3xl text-lg text-muted">{intro}</p>
      <div className="mt-6 max-w-3xl">
        <LookupBox variant="page" shortcut />
      </div>
      {children}
    </div>
  );
}
