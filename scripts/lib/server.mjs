/** Starts `next start` on 127.0.0.1 for benchmarks and tests, keeps what it logs, and stops it by its PID. */
import { spawn } from "node:child_process";
import { serverArgs } from "./next-server.mjs";

export async function startServer(port, env = {}) {
  const child = spawn(process.execPath, serverArgs(port), {
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1", ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let log = "";
  child.stdout.on("data", (d) => (log += d));
  child.stderr.on("data", (d) => (log += d));
  const base = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 100; i++) {
    try {
      const res = await fetch(`${base}/robots.txt`);
      if (res.ok) return { base, pid: child.pid, log: () => log, stop: () => child.kill("SIGTERM") };
    } catch {
      // not listening yet
    }
    if (child.exitCode !== null) break;
    await new Promise((r) => setTimeout(r, 200));
  }
  child.kill("SIGTERM");
  throw new Error(`next start did not come up on ${base}:\n${log}`);
}
