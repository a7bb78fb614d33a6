import { getLookup } from "@/lib/lookup/server";

// Built once with the site: the browser's lookup box fetches this and runs the lookup locally.
export const dynamic = "force-static";

export function GET() {
  const { data } = getLookup();
  return Response.json(data, { headers: { "Cache-Control": "public, max-age=3600" } });
}
