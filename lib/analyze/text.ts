/**
 * Reading helpers for pasted artifacts, written by hand so the analyzers need no library: base64url,
 * strict UTF-8, JSON with a depth limit, times and durations. Each is linear in its input and never
 * throws: hostile pastes (2 MB, invalid base64, invalid UTF-8, JSON nested a million deep) get a reason.
 */

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/** "3 days 4 h", "1 h 5 min", "4 min 10 s", "12 s": a duration as a reader compares it with a limit. */
export function duration(ms: number): string {
  const abs = Math.abs(ms);
  const parts: [number, string][] =
    abs >= DAY
      ? [
          [Math.floor(abs / DAY), abs >= 2 * DAY ? "days" : "day"],
          [Math.floor((abs % DAY) / HOUR), "h"],
        ]
      : abs >= HOUR
        ? [
            [Math.floor(abs / HOUR), "h"],
            [Math.floor((abs % HOUR) / MINUTE), "min"],
          ]
        : abs >= MINUTE
          ? [
              [Math.floor(abs / MINUTE), "min"],
              [Math.floor((abs % MINUTE) / 1000), "s"],
            ]
          : [[Math.round(abs / 1000), "s"]];
  return parts
    .filter(([n], i) => i === 0 || n > 0)
    .map(([n, unit]) => `${n} ${unit}`)
    .join(" ");
}

/** `2026-11-26T09:00:00Z`, or a plain statement when the number is no time at all. */
export function utc(ms: number): string {
  if (!Number.isFinite(ms) || Math.abs(ms) > 8.64e15) return "not a valid time";
  return new Date(ms).toISOString().replace(".000Z", "Z");
}

/** `20261126T090000Z` (SigV4's form) as milliseconds, or undefined. */
export function amzDate(value: string): number | undefined {
  const m = /^(\d{4})(\d\d)(\d\d)T(\d\d)(\d\d)(\d\d)Z$/.exec(value);
  if (!m) return undefined;
  const [, y, mo, d, h, mi, s] = m.map(Number) as number[];
  const ms = Date.UTC(y!, mo! - 1, d!, h!, mi!, s!);
  // Date.UTC rolls 20261345 over into another month: a date that does not exist is not a date.
  return new Date(ms).getUTCDate() === d && new Date(ms).getUTCMonth() === mo! - 1 ? ms : undefined;
}

const ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
const VALUE = new Map([...ALPHABET].map((c, i) => [c, i]));

/** base64url (RFC 4648 §5, padding optional) to bytes; undefined when it is not valid base64url. */
export function base64url(text: string): Uint8Array | undefined {
  const body = text.replace(/={1,2}$/, "");
  if (body.length % 4 === 1) return undefined;
  const out = new Uint8Array(Math.floor((body.length * 3) / 4));
  let bits = 0;
  let buffer = 0;
  let at = 0;
  for (const c of body) {
    const v = VALUE.get(c);
    if (v === undefined) return undefined;
    buffer = (buffer << 6) | v;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      out[at++] = (buffer >> bits) & 0xff;
    }
  }
  return out;
}

/** Bytes as UTF-8, refusing invalid sequences instead of replacing them. */
export function utf8(bytes: Uint8Array): string | undefined {
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    return undefined;
  }
}

export const MAX_JSON_DEPTH = 64;

/** How deep brackets nest outside strings, stopping as soon as `limit` is passed (one pass, no recursion). */
function nestingPasses(text: string, limit: number): boolean {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 92)
        i++; // backslash: skip the escaped character
      else if (c === 34) inString = false;
    } else if (c === 34) inString = true;
    else if (c === 123 || c === 91) {
      if (++depth > limit) return true;
    } else if (c === 125 || c === 93) depth--;
  }
  return false;
}

export type Parsed = { ok: true; value: unknown } | { ok: false; reason: string };

/** JSON.parse with a depth limit checked first, so walking the result can never overflow the stack. */
export function parseJson(text: string): Parsed {
  if (nestingPasses(text, MAX_JSON_DEPTH))
    return { ok: false, reason: `The JSON is nested more than ${MAX_JSON_DEPTH} levels deep; no error body, token or HAR file is.` };
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch (error) {
    return { ok: false, reason: `It is not valid JSON (${error instanceof Error ? error.message : "parse error"}).` };
  }
}

export type Json = Record<string, unknown>;

export const isObject = (value: unknown): value is Json => typeof value === "object" && value !== null && !Array.isArray(value);

/** A property as a string, when it is one. */
export const str = (object: unknown, key: string): string | undefined =>
  isObject(object) && typeof object[key] === "string" ? (object[key] as string) : undefined;

/** `decodeURIComponent` that answers undefined for malformed escapes (`%E0%A4%A`) instead of throwing. */
export function percentDecode(text: string): string | undefined {
  try {
    return decodeURIComponent(text);
  } catch {
    return undefined;
  }
}

/** Shortens what is shown of a long value: the start, an ellipsis and the length. */
export function clip(text: string, max = 120): string {
  return text.length <= max ? text : `${text.slice(0, max)}… (${text.length} characters)`;
}
