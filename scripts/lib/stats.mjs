/** The two statistics the benchmarks print. Values that are not finite numbers (a failed run) are skipped. */

/** The middle value; with an even count (a run failed), the mean of the two middle ones, not the higher. */
export function median(values) {
  const sorted = finiteSorted(values);
  if (!sorted.length) return NaN;
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/** The value below which `p` % of the values fall (nearest rank: p50 of 10 values is the 6th). */
export function percentile(values, p) {
  const sorted = finiteSorted(values);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;
}

function finiteSorted(values) {
  return values.filter((v) => Number.isFinite(v)).sort((a, b) => a - b);
}
