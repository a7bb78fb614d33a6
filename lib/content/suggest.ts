import { distance } from "fastest-levenshtein";

/** The known value nearest to a mistyped one, for "did you mean" hints; undefined when none is close. */
export function nearest(value: string, known: Iterable<string>): string | undefined {
  const names = [...known];
  // A renamed id usually keeps the old one inside it ("causes" → "possible-causes").
  const containing = names.filter((name) => value.length >= 4 && (name.includes(value) || value.includes(name)));
  if (containing.length > 0) return containing.sort((a, b) => Math.abs(a.length - value.length) - Math.abs(b.length - value.length))[0];
  let best: { name: string; d: number } | undefined;
  for (const name of names) {
    const d = distance(value, name);
    if (!best || d < best.d) best = { name, d };
  }
  // Close enough to be a typo or a rename: at most a third of the longer name differs.
  return best && best.d <= Math.max(2, Math.floor(Math.min(value.length, best.name.length) / 4)) ? best.name : undefined;
}

/** " (did you mean x?)" or, with no close match, the list of valid values (the first `limit`). */
export function hint(value: string, known: readonly string[], limit = 8): string {
  const close = nearest(value, known);
  if (close) return `did you mean ${close}?`;
  const shown = known.slice(0, limit).join(", ");
  return known.length === 0 ? "there is none yet" : `use one of: ${shown}${known.length > limit ? ", …" : ""}`;
}
