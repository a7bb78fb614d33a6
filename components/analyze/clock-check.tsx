"use client";

import { useCallback, useEffect, useState } from "react";
import type { ClockReading, ClockSample } from "@/lib/analyze";
import { FindingItem } from "./finding-item";

/**
 * A request to this site's own page (it carries nothing pasted), timed, for the server's Date header.
 * HEAD and no-store: a fresh answer from the server, not a cached one with an old date.
 */
async function sampleServerClock(): Promise<ClockSample> {
  const sentAt = Date.now();
  const response = await fetch("/analyze", { method: "HEAD", cache: "no-store", credentials: "omit" });
  const receivedAt = Date.now();
  return { sentAt, receivedAt, serverDate: response.headers.get("date") ?? "" };
}

/** This device's clock against the server's, measured when the page opens and on demand. */
export function ClockCheck({ readClock }: { readClock: (sample: ClockSample) => ClockReading }) {
  const [reading, setReading] = useState<ClockReading | "measuring">("measuring");
  const measure = useCallback(async () => {
    setReading("measuring");
    try {
      setReading(readClock(await sampleServerClock()));
    } catch {
      setReading({ error: "The server could not be reached to compare clocks." });
    }
  }, [readClock]);
  useEffect(() => {
    // Measuring is an effect of opening the page: it sets state once the request returns.
    // eslint-disable-next-line react-hooks/set-state-in-effect
    void measure();
  }, [measure]);

  return (
    <section aria-labelledby="clock-heading" className="mt-10 border-t border-line pt-6" data-clock>
      <div className="flex flex-wrap items-center justify-between gap-2">
        <h2 id="clock-heading" className="text-2xl font-bold tracking-tight">
          This device&apos;s clock
        </h2>
        <button type="button" onClick={() => void measure()} className="rounded-md border border-line px-3 py-1.5 text-sm">
          Check again
        </button>
      </div>
      <p className="mt-2 text-sm text-muted">
        Signatures and tokens are judged by clocks: SigV4 allows 5 minutes (15 at some services), JWT libraries allow 0 to 300 seconds, TOTP
        codes 30 seconds a step. Compared with the Date header of a request to this site.
      </p>
      <div role="status" className="mt-3">
        {reading === "measuring" ? (
          <p>Measuring…</p>
        ) : "error" in reading ? (
          <p>{reading.error}</p>
        ) : (
          <ul className="space-y-3">
            {reading.findings.map((finding, i) => (
              <FindingItem key={`${finding.title}-${i}`} finding={finding} />
            ))}
          </ul>
        )}
      </div>
    </section>
  );
}
