import Link from "next/link";
import type { Insights } from "@/lib/store/insights";
import { insightTable, type Table } from "@/lib/store/insights-tables";
import { CsvLink, DataTable } from "./data-table";
import { WeekChart } from "./week-chart";

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? "" : "s"}`;
const percent = (rate: number | null) => (rate === null ? "" : `${Math.round(rate * 100)} %`);

/** The whole /insights page, from the aggregates (the same data /insights.json returns). */
export function InsightsView({ data }: { data: Insights }) {
  const weeks = data.weeks.map((w) => w.week);
  const answeredTrees = data.trees.filter((t) => t.answered > 0);
  const quietTrees = data.trees.filter((t) => t.answered === 0);
  const answeredGuides = data.guides.filter((g) => g.answered > 0);
  return (
    <>
      <p className="mt-2 text-muted">
        {data.totals.yes} Yes, {data.totals.no} No, {plural(data.totals.reports, "problem report")}, {plural(data.totals.unfound, "lookup")}{" "}
        that found nothing (store: {data.store === "pglite" ? "PGlite" : "PostgreSQL"}; records older than 180 days are pruned). As of{" "}
        <time dateTime={data.generatedAt}>{data.generatedAt.replace("T", " ").slice(0, 16)} UTC</time>.{" "}
        <a href="/insights.json" className="text-accent underline underline-offset-4">
          JSON
        </a>
      </p>

      <section aria-labelledby="trends" className="mt-8">
        <h2 id="trends" className="text-2xl font-semibold">
          Trends by week
        </h2>
        <WeekChart
          id="answers-by-week"
          title="Did this fix it? Answers per week"
          weeks={weeks}
          series={[
            { label: "Yes", values: data.weeks.map((w) => w.yes), color: "var(--accent)" },
            { label: "No", values: data.weeks.map((w) => w.no), color: "var(--danger-line)" },
          ]}
        />
        <WeekChart
          id="unfound-by-week"
          title="Lookups that found nothing, per week"
          weeks={weeks}
          series={[{ label: "unfound lookups", values: data.weeks.map((w) => w.unfound), color: "var(--warn-line)" }]}
        />
        <DataTable table={insightTable(data, "weeks")} csv="weeks" caption="The weeks in numbers" />
      </section>

      <section aria-labelledby="diagnoses" className="mt-10">
        <h2 id="diagnoses" className="text-2xl font-semibold">
          Diagnoses: per tree
        </h2>
        <p className="mt-1 text-sm text-muted">
          Every ending of every tree: outcomes with their success rate (Yes among the answers), dead ends and handovers with how often
          readers answered there. <CsvLink table="outcomes">All endings as CSV</CsvLink>
          {" · "}
          <CsvLink table="no-paths">Paths ending in No as CSV</CsvLink>
        </p>
        {answeredTrees.map((tree) => {
          const endings: Table = {
            title: tree.title,
            columns: ["ending", "what", "yes", "no", "success rate"],
            rows: tree.endings.filter((e) => e.yes + e.no > 0).map((e) => [e.ending, e.label, e.yes, e.no, percent(e.rate)]),
          };
          return (
            <div key={tree.id} className="mt-6">
              <h3 className="text-lg font-semibold">
                <Link prefetch={false} href={`/diagnose/${tree.id}`} className="underline underline-offset-4">
                  {tree.title}
                </Link>{" "}
                <span className="text-sm font-normal text-muted">({tree.answered} answers)</span>
              </h3>
              <DataTable table={endings} caption="Endings answered" />
              {tree.noPaths.length > 0 && (
                <>
                  <h4 className="mt-3 font-medium">The paths that end in No most</h4>
                  <ol className="mt-1 list-decimal pl-6 text-sm">
                    {tree.noPaths.slice(0, 5).map((p) => (
                      <li key={p.path}>
                        <Link prefetch={false} href={p.url} className="font-mono underline underline-offset-4">
                          {p.path || "(start)"}
                        </Link>{" "}
                        — {p.no} No, {p.yes} Yes
                      </li>
                    ))}
                  </ol>
                </>
              )}
            </div>
          );
        })}
        {quietTrees.length > 0 && <p className="mt-6 text-sm text-muted">No answers yet: {quietTrees.map((t) => t.id).join(", ")}.</p>}
      </section>

      <section aria-labelledby="guides" className="mt-10">
        <h2 id="guides" className="text-2xl font-semibold">
          Guides: per cause
        </h2>
        {answeredGuides.map((guide) => (
          <DataTable
            key={guide.url}
            caption={`${guide.label} (${guide.url}), ${guide.answered} answers`}
            table={{
              title: guide.label,
              columns: ["cause", "yes", "no", "success rate"],
              rows: guide.causes.map((c) => [c.title, c.yes, c.no, percent(c.rate)]),
            }}
          />
        ))}
        {answeredGuides.length === 0 && <p className="mt-2 text-muted">No answers under cause sections yet.</p>}
        <p className="mt-2 text-sm">
          <CsvLink table="causes">Every cause of every guide as CSV</CsvLink>
        </p>
      </section>

      <section aria-labelledby="unfound" className="mt-10">
        <h2 id="unfound" className="text-2xl font-semibold">
          What nobody found
        </h2>
        <DataTable
          table={insightTable(data, "unfound-codes")}
          csv="unfound-codes"
          limit={25}
          caption="By what was recognised (provider, status, code)"
        />
        <DataTable
          table={insightTable(data, "unfound-texts")}
          csv="unfound-texts"
          limit={25}
          caption="By similar text (the newest text of each group)"
        />
      </section>

      <section aria-labelledby="readers" className="mt-10">
        <h2 id="readers" className="text-2xl font-semibold">
          In readers’ words
        </h2>
        <DataTable table={insightTable(data, "reports")} csv="reports" limit={50} />
        <DataTable table={insightTable(data, "comments")} csv="comments" limit={50} />
      </section>
    </>
  );
}
