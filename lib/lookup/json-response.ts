/**
 * JSON whose text never contains a raw `<`, `>` or `&`: a pasted `<script>` comes back as `\u003cscript`,
 * the same string once parsed, but inert if anything ever treats the response as HTML.
 */
export function safeJson(data: unknown, init: ResponseInit = {}): Response {
  const body = JSON.stringify(data).replace(/</g, "\\u003c").replace(/>/g, "\\u003e").replace(/&/g, "\\u0026");
  return new Response(body, { ...init, headers: { "Content-Type": "application/json; charset=utf-8", ...init.headers } });
}
