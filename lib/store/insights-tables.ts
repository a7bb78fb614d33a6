import type { Cell } from "./csv";
import type { Insights } from "./insights";

/** Every table /insights shows, each exported as CSV at /insights/csv/<name>. */
export const INSIGHT_TABLES = ["outcomes", "no-paths", "causes", "unfound-codes", "unfound-texts", "reports", "comments", "weeks"] as const;
export type InsightTable = (typeof INSIGHT_TABLES)[number];

export type Table = { title: string; columns: string[]; rows: Cell[][] };

const percent = (rate: number | null) => (rate === null ? "" : `${Math.round(rate * 100)} %`);

export function isInsightTable(name: string): name is InsightTable {
  return (INSIGHT_TABLES as readonly string[]).includes(name);
}

export function insightTable(data: Insights, name: InsightTable): Table {
  switch (name) {
    case "outcomes":
      return {
        title: "Wizard endings: answers per ending",
        columns: ["tree", "node", "ending", "what", "yes", "no", "success rate"],
        rows: data.trees.flatMap((t) => t.endings.map((e) => [t.id, e.node, e.ending, e.label, e.yes, e.no, percent(e.rate)])),
      };
    case "no-paths":
      return {
        title: "Wizard paths that end in No",
        columns: ["tree", "path", "address", "no", "yes"],
        rows: data.trees.flatMap((t) => t.noPaths.map((p) => [t.id, p.path, p.url, p.no, p.yes])),
      };
    case "causes":
      return {
        title: "Guide causes: answers per cause section",
        columns: ["guide", "cause", "title", "yes", "no", "success rate"],
        rows: data.guides.flatMap((g) => g.causes.map((c) => [g.url, c.id, c.title, c.yes, c.no, percent(c.rate)])),
      };
    case "unfound-codes":
      return {
        title: "Lookups that found nothing, by what was recognised",
        columns: ["provider", "status", "code", "lookups", "last"],
        rows: data.unfound.byCode.map((r) => [r.provider, r.status, r.code, r.count, r.last]),
      };
    case "unfound-texts":
      return {
        title: "Lookups that found nothing, by similar text",
        columns: ["shape", "newest text", "lookups", "last"],
        rows: data.unfound.byText.map((r) => [r.shape, r.sample, r.count, r.last]),
      };
    case "reports":
      return {
        title: "Problems reported in guides",
        columns: ["at", "guide", "report"],
        rows: data.reports.map((r) => [r.at, r.page, r.text]),
      };
    case "comments":
      return {
        title: "What readers saw instead (with a No)",
        columns: ["at", "place", "text"],
        rows: data.comments.map((c) => [c.at, c.place, c.text]),
      };
    case "weeks":
      return {
        title: "Answers and unfound lookups per week",
        columns: ["week", "yes", "no", "unfound"],
        rows: data.weeks.map((w) => [w.week, w.yes, w.no, w.unfound]),
      };
  }
}
