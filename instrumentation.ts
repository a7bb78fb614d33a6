/** Warms the lookup engine when the server starts, so the first /api/lookup request is as fast as the rest. */
export async function register() {
  if (process.env.NEXT_RUNTIME === "nodejs") {
    const { getLookup } = await import("./lib/lookup/server");
    try {
      getLookup();
    } catch {
      // a content error is reported by the pages that need it
    }
  }
}
