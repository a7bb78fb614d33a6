/**
 * `npm start`: builds when there is no build or anything the build reads changed since the last one, then
 * serves the production site on 127.0.0.1 (PORT, default 3000). A port already in use is reported before
 * anything is built, and the command exits non-zero.
 */
import { spawn, spawnSync } from "node:child_process";
import { existsSync, readdirSync, statSync } from "node:fs";
import net from "node:net";
import path from "node:path";
import { serverArgs } from "./lib/next-server.mjs";

const BUILD_ID = ".next/BUILD_ID";
/**
 * What the build does not read: output and caches, tests, benchmarks and prose. Everything else in the
 * project (routes, components, lib, content, public, configs, proxy.ts, instrumentation.ts, tsconfig,
 * the lock file…) can change the site, so a change to it rebuilds.
 */
const NOT_READ = new Set(["node_modules", ".git", ".next", ".fixpath", "test-results", "playwright-report", "bench-results", "e2e", ".ci"]);
const notRead = (name) =>
  NOT_READ.has(name) || name.startsWith(".next-") || /\.(md|test\.ts)$/.test(name) || name === "__fixtures__" || name === "__corpus__";

function newest(entry) {
  const stat = statSync(entry);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return readdirSync(entry)
    .filter((name) => !notRead(name))
    .reduce((max, name) => Math.max(max, newest(path.join(entry, name))), 0);
}

function portFree(port) {
  return new Promise((resolve) => {
    const probe = net.createServer().once("error", () => resolve(false));
    probe.listen(Number(port), "127.0.0.1", () => probe.close(() => resolve(true)));
  });
}

const env = { ...process.env, NEXT_TELEMETRY_DISABLED: "1" };
const port = process.env.PORT ?? "3000";
if (!(await portFree(port))) {
  console.error(`start: port ${port} on 127.0.0.1 is already in use (another server?). Stop it, or choose another: PORT=3001 npm start`);
  process.exit(1);
}

const builtAt = existsSync(BUILD_ID) ? statSync(BUILD_ID).mtimeMs : 0;
if (newest(".") > builtAt) {
  console.log(
    builtAt
      ? "start: the sources changed since the last build; building again (a minute or two)…"
      : "start: no build yet; building the site (the first build takes a few minutes on a small machine; progress follows)…",
  );
  const build = spawnSync("npm", ["run", "--silent", "build"], { stdio: "inherit", env });
  if (build.status !== 0) {
    console.error("start: the build failed (see above); nothing is served.");
    process.exit(build.status ?? 1);
  }
}

const server = spawn(process.execPath, serverArgs(port), { stdio: ["ignore", "pipe", "inherit"], env });
server.stdout.on("data", (chunk) => {
  process.stdout.write(chunk);
  if (/Ready in/.test(String(chunk))) console.log(`start: serving http://127.0.0.1:${port}/`);
});
for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => server.kill(signal));
server.on("exit", (code) => process.exit(code ?? 0));
