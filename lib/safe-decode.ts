/** decodeURIComponent that returns undefined for malformed input (`%E0%A4%A`, `%ff`) instead of throwing. */
export function safeDecode(value: string): string | undefined {
  try {
    return decodeURIComponent(value);
  } catch {
    return undefined;
  }
}
