import { base64url, isObject, parseJson, utf8, type Json } from "./text";

/**
 * Finding and decoding a JWT in a paste, by hand: base64url, strict UTF-8, JSON. Decoded only: the token
 * is never verified and never leaves the page.
 */

export { findJwt } from "./jwt-find";

export type Decoded = { ok: true; header: Json; claims: Json; parts: number } | { ok: false; reason: string };

function decodePart(part: string, name: string): { ok: true; value: Json } | { ok: false; reason: string } {
  const bytes = base64url(part);
  if (!bytes) return { ok: false, reason: `The ${name} is not valid base64url (A–Z, a–z, 0–9, - and _ only).` };
  const text = utf8(bytes);
  if (text === undefined) return { ok: false, reason: `The ${name} decodes to bytes that are not valid UTF-8.` };
  const parsed = parseJson(text);
  if (!parsed.ok) return { ok: false, reason: `The ${name} is not a JSON object. ${parsed.reason}` };
  if (!isObject(parsed.value)) return { ok: false, reason: `The ${name} is JSON but not an object.` };
  return { ok: true, value: parsed.value };
}

export function decodeJwt(token: string): Decoded {
  const parts = token.split(".");
  if (parts.length === 5)
    return { ok: false, reason: "It has five parts: an encrypted token (JWE). Its claims can only be read with the decryption key." };
  if (parts.length !== 3) return { ok: false, reason: `It has ${parts.length} dot-separated parts; a signed JWT has three.` };
  const header = decodePart(parts[0] ?? "", "header");
  if (!header.ok) return header;
  const claims = decodePart(parts[1] ?? "", "payload");
  if (!claims.ok) return claims;
  return { ok: true, header: header.value, claims: claims.value, parts: parts.length };
}
