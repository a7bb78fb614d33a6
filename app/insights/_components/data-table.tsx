import type { ReactNode } from "react";
import type { InsightTable, Table } from "@/lib/store/insights-tables";

/** A download of one table as CSV (a plain link: it is a file, not a page to navigate to). */
export function CsvLink({ table, children }: { table: InsightTable; children: ReactNode }) {
  return (
    <a href={`/insights/csv/${table}`} className="text-accent underline underline-offset-4" download>
      {children}
    </a>
  );
}

/**
 * One insights table. Every cell is React text: what readers typed is shown, escaped, never as markup.
 * `limit` shows the first rows; the CSV has them all.
 */
export function DataTable({ table, csv, limit, caption }: { table: Table; csv?: InsightTable; limit?: number; caption?: string }) {
  const rows = limit ? table.rows.slice(0, limit) : table.rows;
  const label = caption ?? table.title;
  return (
    <div className="mt-3">
      {/* On a narrow screen the table scrolls sideways: the scroller takes focus, so the keyboard can scroll it too. */}
      <div className="overflow-x-auto" tabIndex={0} role="region" aria-label={label}>
        <table className="w-full border-collapse text-sm">
          <caption className="mb-2 text-left font-medium">{label}</caption>
          <thead>
            <tr>
              {table.columns.map((c) => (
                <th key={c} scope="col" className="border-b border-line px-2 py-1 text-left font-semibold">
                  {c}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.length === 0 ? (
              <tr>
                <td colSpan={table.columns.length} className="px-2 py-2 text-muted">
                  Nothing yet.
                </td>
              </tr>
            ) : (
              rows.map((row, i) => (
                <tr key={i} className="align-top">
                  {row.map((cell, j) => (
                    <td
                      key={j}
                      className={`border-b border-line px-2 py-1 ${typeof cell === "number" ? "text-right tabular-nums" : "break-words"}`}
                    >
                      {cell ?? ""}
                    </td>
                  ))}
                </tr>
              ))
            )}
          </tbody>
        </table>
      </div>
      <p className="mt-1 text-sm text-muted">
        {limit && table.rows.length > limit ? `First ${limit} of ${table.rows.length} rows. ` : ""}
        {csv && <CsvLink table={csv}>Download all as CSV</CsvLink>}
      </p>
    </div>
  );
}
