/**
 * What /insights, /insights.json and the CSV exports show: the store's aggregates joined with the library
 * (every ending of every tree and every cause of every guide, answered or not), so that an outcome nobody
 * reached shows as 0, not as missing.
 */
import { allArticles, allTrees, getCause, getTree, guideLabel, stateUrl } from "@/lib/content";
import {
  TREND_WEEKS,
  answersByWeek,
  causeCounts,
  latestComments,
  latestReports,
  stateCounts,
  totals,
  unfoundByCode,
  unfoundByShape,
  unfoundByWeek,
} from "./aggregates";
import type { Db, StoreKind } from "./client";
import type { Ending } from "./places";

export type Counts = { yes: number; no: number; rate: number | null };
export type EndingRow = Counts & { node: string; ending: Ending; label: string; cause?: string };
export type PathRow = { path: string; url: string; no: number; yes: number };
export type TreeInsights = { id: string; title: string; guide: string; answered: number; endings: EndingRow[]; noPaths: PathRow[] };
export type CauseRow = Counts & { id: string; title: string };
export type GuideInsights = { url: string; label: string; answered: number; causes: CauseRow[] };
export type Week = { week: string; yes: number; no: number; unfound: number };

export type Insights = {
  generatedAt: string;
  store: StoreKind;
  totals: { yes: number; no: number; reports: number; unfound: number };
  trees: TreeInsights[];
  guides: GuideInsights[];
  reports: { at: string; page: string; text: string }[];
  comments: { at: string; place: string; text: string }[];
  unfound: {
    byCode: { provider: string | null; status: number | null; code: string | null; count: number; last: string | null }[];
    byText: { shape: string; sample: string; count: number; last: string | null }[];
  };
  weeks: Week[];
};

/** Success rate: the share of Yes among the answers, or null when nobody answered. */
export function rate(yes: number, no: number): number | null {
  return yes + no === 0 ? null : yes / (yes + no);
}

const iso = (d: Date | string | null | undefined) => (d ? new Date(d).toISOString() : null);

/** The Mondays (UTC) of the last `weeks` weeks, oldest first, as YYYY-MM-DD. */
export function weekStarts(now: Date, weeks = TREND_WEEKS): string[] {
  const monday = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate()));
  monday.setUTCDate(monday.getUTCDate() - ((monday.getUTCDay() + 6) % 7));
  return Array.from({ length: weeks }, (_, i) => {
    const d = new Date(monday);
    d.setUTCDate(d.getUTCDate() - 7 * (weeks - 1 - i));
    return d.toISOString().slice(0, 10);
  });
}

function endingLabel(treeId: string, nodeId: string): { label: string; ending?: Ending; cause?: string } {
  const tree = getTree(treeId);
  const node = tree?.nodes[nodeId];
  if (!tree || !node || node.kind === "question") return { label: nodeId };
  if (node.kind === "outcome") {
    const found = getCause(node.guide ?? tree.guide, node.cause);
    return { label: found?.cause.title ?? node.cause, ending: "outcome", cause: node.cause };
  }
  if (node.kind === "handover") return { label: `Handover to ${getTree(node.tree)?.title ?? node.tree}`, ending: "handover" };
  return { label: node.text.plain, ending: "dead-end" };
}

export async function collectInsights(db: Db, store: StoreKind, now = new Date()): Promise<Insights> {
  const weeks = weekStarts(now);
  const since = new Date(`${weeks[0]}T00:00:00Z`);
  const [states, causes, reports, comments, byCode, byText, answerWeeks, unfoundWeeks, sums] = await Promise.all([
    stateCounts(db),
    causeCounts(db),
    latestReports(db),
    latestComments(db),
    unfoundByCode(db),
    unfoundByShape(db),
    answersByWeek(db, since),
    unfoundByWeek(db, since),
    totals(db),
  ]);

  const trees: TreeInsights[] = allTrees().map((tree) => {
    const endings = new Map<string, EndingRow>();
    for (const [nodeId, node] of Object.entries(tree.nodes)) {
      if (node.kind === "question") continue;
      const { label, ending = node.kind, cause } = endingLabel(tree.id, nodeId);
      endings.set(nodeId, { node: nodeId, ending, label, cause, yes: 0, no: 0, rate: null });
    }
    const paths = new Map<string, PathRow>();
    for (const row of states.filter((s) => s.tree === tree.id)) {
      const node = row.node ?? "";
      const ending = endings.get(node) ?? {
        node,
        ending: row.ending ?? "outcome",
        label: `${node} (no longer in the tree)`,
        yes: 0,
        no: 0,
        rate: null,
      };
      const path = paths.get(row.path ?? "") ?? {
        path: row.path ?? "",
        url: stateUrl(tree.id, (row.path ?? "").split("/").filter(Boolean)),
        no: 0,
        yes: 0,
      };
      if (row.answer === "yes") {
        ending.yes += row.n;
        path.yes += row.n;
      } else if (row.answer === "no") {
        ending.no += row.n;
        path.no += row.n;
      }
      endings.set(node, ending);
      paths.set(path.path, path);
    }
    const rows = [...endings.values()].map((e) => ({ ...e, rate: rate(e.yes, e.no) }));
    return {
      id: tree.id,
      title: tree.title,
      guide: tree.guide,
      answered: rows.reduce((n, e) => n + e.yes + e.no, 0),
      endings: rows,
      noPaths: [...paths.values()].filter((p) => p.no > 0).sort((a, b) => b.no - a.no || a.path.localeCompare(b.path)),
    };
  });

  const guides: GuideInsights[] = allArticles()
    .filter((a) => a.causes.length > 0)
    .map((article) => {
      const rows = article.causes.map((cause) => {
        const mine = causes.filter((c) => c.page === article.url && c.cause === cause.id);
        const yes = mine.find((c) => c.answer === "yes")?.n ?? 0;
        const no = mine.find((c) => c.answer === "no")?.n ?? 0;
        return { id: cause.id, title: cause.title, yes, no, rate: rate(yes, no) };
      });
      return { url: article.url, label: guideLabel(article), answered: rows.reduce((n, c) => n + c.yes + c.no, 0), causes: rows };
    });

  return {
    generatedAt: now.toISOString(),
    store,
    totals: sums,
    trees: trees.sort((a, b) => b.answered - a.answered || a.id.localeCompare(b.id)),
    guides: guides.sort((a, b) => b.answered - a.answered || a.url.localeCompare(b.url)),
    reports: reports.map((r) => ({ at: iso(r.at) ?? "", page: r.page, text: r.text ?? "" })),
    comments: comments.map((c) => ({ at: iso(c.at) ?? "", place: c.place, text: c.text ?? "" })),
    unfound: {
      byCode: byCode.map((r) => ({ provider: r.provider, status: r.status, code: r.code, count: r.n, last: iso(r.last) })),
      byText: byText.map((r) => ({ shape: r.shape, sample: r.sample, count: r.n, last: iso(r.last) })),
    },
    weeks: weeks.map((week) => ({
      week,
      yes: answerWeeks.find((w) => w.week === week && w.answer === "yes")?.n ?? 0,
      no: answerWeeks.find((w) => w.week === week && w.answer === "no")?.n ?? 0,
      unfound: unfoundWeeks.find((w) => w.week === week)?.n ?? 0,
    })),
  };
}
