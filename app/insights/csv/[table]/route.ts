import { toCsv } from "@/lib/store/csv";
import { insightTable, isInsightTable } from "@/lib/store/insights-tables";
import { insightsFor, notFoundResponse } from "@/lib/store/insights-response";

export const dynamic = "force-dynamic";

/** /insights/csv/<table>: one insights table as CSV (same access as /insights). */
export async function GET(request: Request, context: RouteContext<"/insights/csv/[table]">) {
  const { table } = await context.params;
  const data = await insightsFor(request);
  if (data instanceof Response) return data;
  if (!isInsightTable(table)) return notFoundResponse();
  const { columns, rows } = insightTable(data, table);
  return new Response(toCsv(columns, rows), {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="fixpath-${table}-${data.generatedAt.slice(0, 10)}.csv"`,
      "Cache-Control": "no-store",
    },
  });
}
