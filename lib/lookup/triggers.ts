/**
 * Prefilter for the matchers: each matcher gets, where it safely can, one "trigger" word that must be a
 * whole word of any text it matches (the functions below list the safe candidates). A lookup then only runs the matchers whose trigger occurs in the
 * text (plus those without one), which keeps a lookup fast with thousands of guides.
 */

const RUN = /[a-z0-9]+/g;

/**
 * The lower-case alphanumeric words of a text: what triggers are looked up in. With the original text,
 * also each CamelCase run's prefixes that end at a capital (`InvalidClientTokenIdThe` gives
 * `invalidclienttokenid`), so a code glued to its message still wakes its matcher.
 */
export function textWords(lower: string, original?: string): Set<string> {
  const words = new Set(lower.match(RUN) ?? []);
  for (const run of original?.match(/[A-Za-z0-9]*[a-z0-9][A-Z][A-Za-z0-9]*/g) ?? []) {
    for (const m of run.matchAll(/(?<=[a-z0-9])(?=[A-Z])/g)) words.add(run.slice(0, m.index).toLowerCase());
  }
  return words;
}

/** A code or alias matched as a whole identifier: every alphanumeric run of it is a whole word. */
export function wordTriggers(word: string): string[] {
  return usable(word.toLowerCase().match(RUN) ?? []);
}

/** A literal fragment: its interior words (bounded by the fragment's own punctuation or spaces). */
export function fragmentTriggers(fragment: string): string[] {
  const lower = fragment.toLowerCase();
  const runs = [...lower.matchAll(RUN)].filter((m) => {
    const start = m.index;
    const end = start + m[0].length;
    return start > 0 && end < lower.length; // first and last runs may be cut mid-word in the text
  });
  return usable(runs.map((m) => m[0]));
}

const CLASS_ESCAPES = new Set(["w", "W", "d", "D", "s", "S", "b", "B"]);

/**
 * A regular expression: a literal alphanumeric run with a safe boundary on both sides (`\b`, `^`, `$`, a
 * literal punctuation or space, `\s`) at the top level, not followed by a quantifier. Patterns with
 * alternation, or without such a run, get no trigger and are always tested.
 */
export function patternTriggers(source: string): string[] {
  if (source.includes("|")) return [];
  const runs: string[] = [];
  let run = "";
  let safeLeft = false;
  let depth = 0;
  const close = (safeRight: boolean) => {
    if (run.length >= 3 && safeLeft && safeRight && depth === 0) runs.push(run.toLowerCase());
    run = "";
  };
  for (let i = 0; i < source.length; i++) {
    const c = source[i] ?? "";
    if (/[A-Za-z0-9]/.test(c)) {
      run += c;
      continue;
    }
    const quantified = /[?*+{]/.test(c);
    if (c === "\\") {
      const next = source[i + 1] ?? "";
      i++;
      // \b, \s and an escaped punctuation are safe word boundaries; \w, \d and the like are not.
      const safe = next === "b" || next === "s" || (!CLASS_ESCAPES.has(next) && !/[A-Za-z0-9]/.test(next));
      close(safe);
      safeLeft = safe;
      continue;
    }
    if (c === "[") {
      close(false);
      const end = source.indexOf("]", i + 1);
      i = end < 0 ? source.length : end;
      safeLeft = false;
      continue;
    }
    if (c === "(") {
      close(false);
      depth++;
      safeLeft = false;
      continue;
    }
    if (c === ")") {
      close(false);
      depth = Math.max(0, depth - 1);
      safeLeft = false;
      continue;
    }
    if (quantified) {
      run = ""; // the run's last character is optional or repeated: not a whole word
      safeLeft = false;
      continue;
    }
    const safe = c === " " || c === "^" || c === "$" || /[:;,'"<>=/#@!%&~-]/.test(c);
    close(safe);
    safeLeft = safe;
  }
  close(false); // a run at the very end may continue as a longer word in the text
  return usable(runs);
}

function usable(words: string[]): string[] {
  return [...new Set(words.filter((w) => w.length >= 3))];
}

/**
 * Picks each matcher's trigger among its candidate words: the rarest across all matchers (so a common
 * word such as "failed" does not wake thousands of them), the longest on a tie.
 */
export function chooseTriggers(candidates: string[][]): (string | undefined)[] {
  const frequency = new Map<string, number>();
  for (const words of candidates) for (const w of words) frequency.set(w, (frequency.get(w) ?? 0) + 1);
  return candidates.map((words) => [...words].sort((a, b) => (frequency.get(a) ?? 0) - (frequency.get(b) ?? 0) || b.length - a.length)[0]);
}
