import { maskSecrets } from "@/lib/lookup/mask";
import type { Recognised } from "@/lib/lookup/recognise";
import type { Db } from "./client";
import { cut } from "./feedback";
import { withoutNul } from "./feedback-input";
import { MAX_UNFOUND_TEXT, unfoundLookups } from "./schema";

/**
 * The text with what varies between two pastes of the same error replaced (ids, ARNs, addresses, hex,
 * numbers) and the rest lower-cased and squeezed: pastes with the same shape group together on /insights.
 */
export function textShape(text: string): string {
  return cut(
    text
      .toLowerCase()
      .replace(/\b[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\b/g, "<id>")
      .replace(/\barn:[^\s"',)]+/g, "<arn>")
      .replace(/\bhttps?:\/\/[^\s"',)]+/g, "<url>")
      .replace(/\b(?=[0-9a-f]*\d)(?=[0-9a-f]*[a-f])[0-9a-f]{8,}\b/g, "<hex>")
      .replace(/\d+(?:\.\d+)*/g, "#")
      .replace(/\s+/g, " ")
      .trim(),
    200,
  );
}

export type UnfoundLookup = { text: string; recognised: Recognised };

/**
 * Keeps a lookup that identified no guide: its text masked (whatever the caller passed; the lookup's
 * query is masked already, and masking twice changes nothing) and cut to MAX_UNFOUND_TEXT characters, and
 * what was recognised in it. Nothing about who looked it up.
 */
export async function recordUnfound(db: Db, { text, recognised }: UnfoundLookup): Promise<void> {
  const kept = cut(withoutNul(maskSecrets(text).text).trim(), MAX_UNFOUND_TEXT);
  if (!kept) return;
  await db.insert(unfoundLookups).values({
    text: kept,
    shape: textShape(kept),
    provider: recognised.provider?.slice(0, 40),
    status: recognised.status,
    code: recognised.code?.slice(0, 80),
  });
}
