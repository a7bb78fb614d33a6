/** The largest request body the feedback endpoint reads: 8 kB. */
export const MAX_BODY_BYTES = 8 * 1024;

export type BodyRead = { ok: true; bytes: Uint8Array<ArrayBuffer> } | { ok: false };

/**
 * Reads a request body up to `max` bytes and refuses anything longer without reading the rest: a declared
 * Content-Length over the limit is refused at once, and a body sent without one (chunked) is cut off as soon
 * as it passes the limit.
 */
export async function readCappedBody(request: Request, max = MAX_BODY_BYTES): Promise<BodyRead> {
  const declared = Number(request.headers.get("content-length") ?? "0");
  if (declared > max) return { ok: false };
  if (!request.body) return { ok: true, bytes: new Uint8Array() };
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > max) {
      await reader.cancel().catch(() => {});
      return { ok: false };
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(total);
  let at = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, at);
    at += chunk.byteLength;
  }
  return { ok: true, bytes };
}
