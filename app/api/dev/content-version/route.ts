import { libraryVersion } from "@/lib/content";

export const dynamic = "force-dynamic";

/** Development only: when the content compiler last wrote the library (the open page refreshes on a change). */
export function GET() {
  if (process.env.NODE_ENV !== "development") return new Response("Not found.\n", { status: 404 });
  return Response.json({ version: libraryVersion() }, { headers: { "Cache-Control": "no-store" } });
}
