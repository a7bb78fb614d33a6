/**
 * `npm start`: builds when there is no build or the sources changed since the last one, then serves the
 * production site on 127.0.0.1 (PORT, default 3000).
 */
import { spawn, spawnSync } from "node:child_process";
import { serverArgs } from "./lib/next-server.mjs";
import { existsSync, readdirSync, statSync } from "node:fs";
import path from "node:path";

const SOURCES = ["app", "components", "lib", "content", "public", "package.json", "next.config.mjs", "package-lock.json"];
const BUILD_ID = ".next/BUILD_ID";

function newest(entry) {
  if (!existsSync(entry)) return 0;
  const stat = statSync(entry);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return readdirSync(entry).reduce((max, name) => Math.max(max, newest(path.join(entry, name))), stat.mtimeMs);
}

const env = { ...process.env, NEXT_TELEMETRY_DISABLED: "1" };
const builtAt = existsSync(BUILD_ID) ? statSync(BUILD_ID).mtimeMs : 0;
const changedAt = Math.max(...SOURCES.map(newest));
if (changedAt > builtAt) {
  console.log(builtAt ? "start: sources changed since the last build; building…" : "start: no build yet; building…");
  const build = spawnSync("npx", ["next", "build"], { stdio: "inherit", env });
  if (build.status !== 0) process.exit(build.status ?? 1);
}

const port = process.env.PORT ?? "3000";
console.log(`start: serving http://127.0.0.1:${port}/`);
const server = spawn(process.execPath, serverArgs(port), { stdio: "inherit", env });
for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => server.kill(signal));
server.on("exit", (code) => process.exit(code ?? 0));
