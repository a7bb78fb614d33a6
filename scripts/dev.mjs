/**
 * `npm run dev`: the content compiler in watch mode beside `next dev` on 127.0.0.1 (PORT, default 3000).
 * A saved guide is compiled again in well under a second, and the open page shows it; a broken guide
 * shows its problems on its own page while every other page keeps working.
 */
import { spawn, spawnSync } from "node:child_process";

const env = { ...process.env, NEXT_TELEMETRY_DISABLED: "1" };
const port = process.env.PORT ?? "3000";
// The first compile before the server starts, so the first page has content (problems do not stop it).
spawnSync("npx", ["tsx", "scripts/content.ts"], { stdio: "inherit", env });
const children = [
  spawn("npx", ["tsx", "scripts/content.ts", "--watch"], { stdio: "inherit", env }),
  spawn("npx", ["next", "dev", "-H", "127.0.0.1", "-p", port], { stdio: "inherit", env }),
];
console.log(`dev: http://127.0.0.1:${port}/ (content recompiles on save)`);
const stop = (signal) => {
  for (const child of children) child.kill(signal);
  process.exit(0);
};
for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => stop(signal));
for (const child of children) child.on("exit", (code) => stop(code === 0 ? "SIGTERM" : "SIGTERM"));
