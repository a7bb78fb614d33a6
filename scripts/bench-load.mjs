/**
 * `npm run bench:load`: autocannon against the production server on 127.0.0.1 only: 50 connections
 * for 30 s each (BENCH_SECONDS to change) on a guide, a wizard state and /api/lookup. Prints
 * requests/s and latency percentiles; exits non-zero on any error, timeout or non-2xx response.
 */
import { existsSync, mkdirSync, writeFileSync } from "node:fs";
import { spawnSync } from "node:child_process";
import autocannon from "autocannon";
import { startServer } from "./lib/server.mjs";

const TARGETS = {
  guide: "/errors/aws/authfailure",
  "wizard state": "/diagnose/aws-authfailure/invalid-client-token/fails-everywhere/asia-without-token",
  "api lookup": `/api/lookup?q=${encodeURIComponent("An error occurred (AuthFailure) when calling the DescribeInstances operation: AWS was not able to validate the provided access credentials")}`,
};
const SECONDS = Number(process.env.BENCH_SECONDS ?? 30);
const CONNECTIONS = 50;

if (!existsSync(".next/BUILD_ID")) {
  const build = spawnSync("npx", ["next", "build"], { stdio: "inherit" });
  if (build.status !== 0) process.exit(1);
}
const server = await startServer(Number(process.env.BENCH_PORT ?? 3202));
const results = {};
try {
  for (const [name, path] of Object.entries(TARGETS)) {
    const url = server.base + path;
    if (!url.startsWith("http://127.0.0.1:")) throw new Error("load tests only run against 127.0.0.1");
    const r = await autocannon({ url, connections: CONNECTIONS, duration: SECONDS, timeout: 10 });
    results[name] = {
      path,
      requests: r.requests.total,
      requestsPerSecond: Math.round(r.requests.average),
      latencyMs: { p50: r.latency.p50, p90: r.latency.p90, p99: r.latency.p99, max: r.latency.max },
      errors: r.errors,
      timeouts: r.timeouts,
      non2xx: r.non2xx,
    };
    process.stderr.write(`loaded ${name}\n`);
  }
} finally {
  server.stop();
}
console.log(`\nautocannon, ${CONNECTIONS} connections for ${SECONDS} s each, next start on 127.0.0.1`);
console.log("target          requests   req/s   p50 ms   p90 ms   p99 ms   max ms  errors  timeouts  non-2xx");
for (const [name, r] of Object.entries(results)) {
  const l = r.latencyMs;
  console.log(
    `${name.padEnd(14)} ${String(r.requests).padStart(9)} ${String(r.requestsPerSecond).padStart(7)} ${String(l.p50).padStart(8)} ${String(l.p90).padStart(8)} ${String(l.p99).padStart(8)} ${String(l.max).padStart(8)} ${String(r.errors).padStart(7)} ${String(r.timeouts).padStart(9)} ${String(r.non2xx).padStart(8)}`,
  );
}
const failed = Object.entries(results).filter(([, r]) => r.errors || r.timeouts || r.non2xx);
mkdirSync("bench-results", { recursive: true });
writeFileSync(
  "bench-results/load.json",
  JSON.stringify({ date: new Date().toISOString(), connections: CONNECTIONS, seconds: SECONDS, results }, null, 2),
);
console.log(
  failed.length
    ? `\nFAILED: ${failed.map(([n]) => n).join(", ")} had errors, timeouts or non-2xx responses`
    : "\nNo errors, timeouts or non-2xx responses. Figures in bench-results/load.json",
);
process.exitCode = failed.length ? 1 : 0;
