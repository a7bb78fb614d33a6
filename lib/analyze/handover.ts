/**
 * How the lookup box hands a pasted artifact to /analyze: in the memory of this document only. The text
 * is never put in an address, in history state or in any storage; a client-side navigation keeps the
 * module alive, so the analyzer page takes the text from here, and a reload finds nothing.
 */
let pending: string | undefined;
const listeners = new Set<() => void>();

export function handOver(text: string): void {
  pending = text;
  for (const listener of listeners) listener();
}

/** The handed-over text, once: taking it clears it. */
export function takeHandedOver(): string | undefined {
  const text = pending;
  pending = undefined;
  return text;
}

/** Called when a text is handed over while the analyzer page is already open (the header's box on /analyze). */
export function onHandOver(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
