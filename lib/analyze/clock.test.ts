import { describe, expect, it } from "vitest";
import { NOW, minutes } from "./__fixtures__/read";
import { readClock, type ClockReading } from "./clock";
import { AWS, JWT } from "./guides";

/** A request sent at NOW that took 200 ms, answered by a server whose clock is `ahead` ms ahead of ours. */
const sample = (ahead: number) => ({ sentAt: NOW, receivedAt: NOW + 200, serverDate: new Date(NOW + 100 + ahead).toUTCString() });
const findings = (reading: ClockReading) => ("findings" in reading ? reading.findings : []);

describe("clock analyzer", () => {
  it("says the clocks agree when they differ by less than the measurement can tell", () => {
    const reading = readClock(sample(0));
    expect(findings(reading)).toEqual([expect.objectContaining({ severity: "ok", title: "This device's clock agrees with the server's" })]);
  });

  it("finds a clock 10 minutes behind and what it breaks: SigV4's windows and token checks", () => {
    const reading = readClock(sample(minutes(10)));
    expect("offset" in reading && Math.round(reading.offset / 60_000)).toBe(10);
    const titles = findings(reading).map((f) => f.title);
    expect(titles).toEqual([
      "This device's clock is 10 min behind the server's",
      "AWS requests signed on this device fail at services with a 5-minute window",
      "Tokens checked on this device look not yet valid",
    ]);
    expect(findings(reading)[1]?.detail).toContain("Signature expired");
    expect(findings(reading)[1]?.links).toContain(AWS.clockSkewed);
    expect(findings(reading)[2]?.links).toContain(JWT.clockSkew);
  });

  it("finds a clock 20 minutes ahead: past every window", () => {
    const reading = readClock(sample(-minutes(20)));
    expect(findings(reading)[1]?.title).toBe("AWS requests signed on this device fail");
    expect(findings(reading)[1]?.detail).toContain("Signature not yet current");
    expect(findings(reading)[2]?.detail).toContain("beyond all of them");
  });

  it("reports a small difference as information only", () => {
    expect(findings(readClock(sample(5000))).map((f) => f.severity)).toEqual(["info", "info"]);
  });

  it("says so when the Date header cannot be read", () => {
    expect(readClock({ sentAt: NOW, receivedAt: NOW, serverDate: "yesterday-ish" })).toEqual({
      error: "The server's answer had no readable Date header.",
    });
  });
});
