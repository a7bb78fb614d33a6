import { describe, expect, it } from "vitest";
import { BUSY_RATIO, busyRun } from "./lighthouse.mjs";

describe("busyRun", () => {
  const usual = 2700;

  it("marks a run whose CPU benchmark is more than 15 % below the usual speed", () => {
    expect(BUSY_RATIO).toBe(0.85);
    expect(busyRun({ benchmarkIndex: 1917 }, usual)).toBe(true);
    expect(busyRun({ benchmarkIndex: usual * BUSY_RATIO - 1 }, usual)).toBe(true);
  });

  it("keeps runs at or above that line, and runs without a benchmark", () => {
    expect(busyRun({ benchmarkIndex: usual * BUSY_RATIO }, usual)).toBe(false);
    expect(busyRun({ benchmarkIndex: 2615 }, usual)).toBe(false);
    expect(busyRun({ benchmarkIndex: Number.NaN }, usual)).toBe(false);
    expect(busyRun({ benchmarkIndex: 1917 }, Number.NaN)).toBe(false);
  });
});
