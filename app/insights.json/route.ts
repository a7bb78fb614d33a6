import { insightsFor } from "@/lib/store/insights-response";

export const dynamic = "force-dynamic";

/** /insights.json: the aggregates /insights shows, for tools: `Authorization: Bearer <FIXPATH_ADMIN_TOKEN>` (or the session cookie). */
export async function GET(request: Request) {
  const data = await insightsFor(request);
  if (data instanceof Response) return data;
  return Response.json(data, { headers: { "Cache-Control": "no-store" } });
}
