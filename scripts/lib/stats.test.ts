import { describe, expect, it } from "vitest";
import { median, percentile } from "./stats.mjs";

describe("median", () => {
  it("takes the middle run, or the mean of the two middle runs when one failed", () => {
    expect(median([97, 91, 94])).toBe(94);
    expect(median([97, 91, 93, 97])).toBe(95);
  });

  it("skips values a failed run could not give, and is NaN with nothing left", () => {
    expect(median([Number.NaN, 96, 98])).toBe(97);
    expect(median([])).toBeNaN();
  });
});

describe("percentile", () => {
  it("takes the nearest rank, from an unsorted copy", () => {
    const values = [10, 1, 9, 2, 8, 3, 7, 4, 6, 5];
    expect(percentile(values, 50)).toBe(6);
    expect(percentile(values, 95)).toBe(10);
    expect(percentile(values, 100)).toBe(10);
    expect(values[0]).toBe(10);
  });

  it("skips failed values, and is NaN with nothing left", () => {
    expect(percentile([Number.NaN, 3, 1, 2], 50)).toBe(2);
    expect(percentile([], 95)).toBeNaN();
  });
});
