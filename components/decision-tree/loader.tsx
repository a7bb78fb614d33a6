"use client";

import { useEffect, useState, type ComponentType, type MouseEvent, type ReactNode } from "react";
import type { TreeData } from "@/lib/tree-data";

type Island = ComponentType<{ data: TreeData; initial: string[]; answered: boolean }>;

/**
 * Keeps the server-rendered first question until the reader answers it (or opens an address that carries a
 * state: `?diagnose=a/b`); only then are the island's code and the tree's data fetched. If they cannot
 * be, the answer is an ordinary link to the wizard and the browser follows it.
 */
export function DecisionTreeLoader({ treeId, children }: { treeId: string; children: ReactNode }) {
  const [loaded, setLoaded] = useState<{ Island: Island; data: TreeData; initial: string[]; answered: boolean }>();

  /** `answered`: the reader just clicked an answer (focus goes to the next step), rather than opened an address. */
  const activate = async (initial: string[], answered: boolean) => {
    const [module, data] = await Promise.all([
      import("./island"),
      fetch(`/tree-data/${treeId}`).then((r) => (r.ok ? (r.json() as Promise<TreeData>) : Promise.reject(new Error(`HTTP ${r.status}`)))),
    ]);
    setLoaded({ Island: module.DecisionTreeIsland, data, initial, answered });
  };

  useEffect(() => {
    const path = new URLSearchParams(location.search).get("diagnose");
    // The state is set once the island's code and data have arrived (asynchronously), not during the effect.
    // eslint-disable-next-line react-hooks/set-state-in-effect
    if (path) void activate(path.split("/").filter(Boolean), false).catch(() => undefined);
    // Runs once: the address is read as the page opens.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  if (loaded) return <loaded.Island data={loaded.data} initial={loaded.initial} answered={loaded.answered} />;
  const onClick = (event: MouseEvent<HTMLDivElement>) => {
    const link = event.target instanceof Element ? event.target.closest<HTMLAnchorElement>("a[data-answer]") : null;
    if (!link || event.metaKey || event.ctrlKey || event.shiftKey || event.button !== 0) return;
    event.preventDefault();
    void activate([link.dataset.answer ?? ""], true).catch(() => {
      location.href = link.href;
    });
  };
  return <div onClick={onClick}>{children}</div>;
}
