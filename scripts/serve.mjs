/** `npm run serve`: the production server (build first) on 127.0.0.1:$PORT (default 3000). */
import { spawn } from "node:child_process";
import { serverArgs } from "./lib/next-server.mjs";

const port = process.env.PORT ?? "3000";
const server = spawn(process.execPath, serverArgs(port), { stdio: "inherit", env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" } });
for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => server.kill(signal));
server.on("exit", (code) => process.exit(code ?? 0));
