/**
 * HTTP headers as people paste them: `curl -i` or `curl -v` output (`> ` request lines, `< ` response
 * lines), DevTools' raw headers, or bare `Name: value` lines. Linear, line by line; at most MAX_LINES
 * lines are read, so a 2 MB paste costs no more than a long one.
 */
const MAX_LINES = 5000;

export type Header = { name: string; value: string; side: "request" | "response" | "unknown" };
export type Exchange = { method?: string; url?: string; status?: number; headers: Header[] };

const REQUEST_LINE = /^([A-Z]{3,10}) (\S{1,8000}) HTTP\/[\d.]{1,3}$/;
const STATUS_LINE = /^HTTP\/[\d.]{1,3} (\d{3})\b/;
const HEADER_LINE = /^(:?[A-Za-z0-9][A-Za-z0-9_-]{0,80}):[ \t]?(.*)$/;

/** Request and response headers of one exchange, with the method and the status when the paste has them. */
export function parseExchange(text: string): Exchange {
  const exchange: Exchange = { headers: [] };
  let side: Header["side"] = "unknown";
  for (const raw of text.split("\n", MAX_LINES)) {
    let line = raw.replace(/\r$/, "");
    if (line.startsWith("> ")) {
      side = "request";
      line = line.slice(2);
    } else if (line.startsWith("< ")) {
      side = "response";
      line = line.slice(2);
    }
    line = line.trim();
    const request = REQUEST_LINE.exec(line);
    if (request) {
      exchange.method = request[1];
      exchange.url = request[2];
      side = "request";
      continue;
    }
    const status = STATUS_LINE.exec(line);
    if (status) {
      // A 100 Continue or a redirect followed by curl -L: the last status line is the answer.
      exchange.status = Number(status[1]);
      side = "response";
      continue;
    }
    const header = HEADER_LINE.exec(line);
    if (!header) continue;
    const name = (header[1] ?? "").toLowerCase();
    // HTTP/2 pseudo-headers, as DevTools shows them.
    if (name === ":method") exchange.method = header[2]?.trim();
    else if (name === ":status") exchange.status = Number(header[2]);
    exchange.headers.push({ name: name === ":authority" ? "host" : name, value: (header[2] ?? "").trim(), side });
  }
  return exchange;
}

/** Every value of a header (a response may repeat one: that is the point of some checks). */
export function valuesOf(headers: Header[], name: string, side?: Header["side"]): string[] {
  return headers.filter((h) => h.name === name && (!side || h.side === side || h.side === "unknown")).map((h) => h.value);
}
