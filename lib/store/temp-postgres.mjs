/**
 * A throwaway PostgreSQL server for tests and benchmarks: `initdb` in a temporary folder, `postgres` on
 * 127.0.0.1 and a free port, stopped by its PID and removed afterwards. PostgreSQL refuses to run as root,
 * so as root it runs as the `postgres` user (Debian's package creates it), through `setpriv`, which execs
 * the server itself: the PID we hold is the server's.
 */
import { spawn, spawnSync } from "node:child_process";
import { chmodSync, chownSync, existsSync, mkdtempSync, readdirSync, rmSync } from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";

export const NO_POSTGRES =
  "PostgreSQL is not installed: no /usr/lib/postgresql/<version>/bin/postgres. Install Debian's server with " +
  "`apt-get install -y postgresql` (as root; .ci/run does it), or set FIXPATH_PG_BIN to the folder that holds initdb and postgres.";

/** The folder with initdb and postgres: FIXPATH_PG_BIN, else the newest Debian install. */
export function findPostgres() {
  const debian = existsSync("/usr/lib/postgresql")
    ? readdirSync("/usr/lib/postgresql")
        .filter((v) => /^\d+$/.test(v))
        .sort((a, b) => Number(b) - Number(a))
        .map((v) => `/usr/lib/postgresql/${v}/bin`)
    : [];
  return [process.env.FIXPATH_PG_BIN, ...debian].find(
    (dir) => dir && existsSync(path.join(dir, "postgres")) && existsSync(path.join(dir, "initdb")),
  );
}

function unprivilegedUser() {
  if (process.getuid?.() !== 0) return undefined;
  const id = (flag) => spawnSync("id", [flag, "postgres"], { encoding: "utf8" });
  const uid = id("-u");
  const gid = id("-g");
  if (uid.status !== 0 || gid.status !== 0) {
    throw new Error(
      "PostgreSQL refuses to run as root and there is no `postgres` user to run it as (installing Debian's postgresql creates it).",
    );
  }
  return { uid: Number(uid.stdout.trim()), gid: Number(gid.stdout.trim()) };
}

export function freePort() {
  return new Promise((resolve, reject) => {
    const probe = net.createServer().once("error", reject);
    probe.listen(0, "127.0.0.1", () => {
      const { port } = probe.address();
      probe.close(() => resolve(port));
    });
  });
}

async function connects(url) {
  const { default: pg } = await import("pg");
  const client = new pg.Client({ connectionString: url });
  try {
    await client.connect();
    await client.query("select 1");
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => {});
  }
}

/**
 * Starts a server; `fsync: true` for benchmarks (durable commits, as in production), off for tests.
 * Returns { url, pid, urlFor(db), query(sql), stop() }.
 */
export async function startTempPostgres({ fsync = false } = {}) {
  const bin = findPostgres();
  if (!bin) throw new Error(NO_POSTGRES);
  const user = unprivilegedUser();
  const root = mkdtempSync(path.join(os.tmpdir(), "fixpath-pg-"));
  const data = path.join(root, "data");
  if (user) chownSync(root, user.uid, user.gid);
  chmodSync(root, 0o700);
  const as = (command, args) =>
    user ? ["setpriv", ["--reuid", String(user.uid), "--regid", String(user.gid), "--clear-groups", command, ...args]] : [command, args];
  const env = { ...process.env, LC_ALL: "C", LANG: "C" };

  const init = spawnSync(
    ...as(path.join(bin, "initdb"), ["-D", data, "-U", "fixpath", "--auth=trust", "-E", "UTF8", "--locale=C", "--no-sync"]),
    {
      encoding: "utf8",
      env,
    },
  );
  if (init.status !== 0) {
    rmSync(root, { recursive: true, force: true });
    throw new Error(`initdb failed:\n${init.stdout}${init.stderr}`);
  }
  const port = await freePort();
  const server = spawn(
    ...as(path.join(bin, "postgres"), [
      "-D",
      data,
      "-h",
      "127.0.0.1",
      "-p",
      String(port),
      "-k",
      root,
      "-c",
      `fsync=${fsync ? "on" : "off"}`,
      "-c",
      "max_connections=200",
    ]),
    { env, stdio: ["ignore", "pipe", "pipe"] },
  );
  let log = "";
  server.stdout.on("data", (d) => (log += d));
  server.stderr.on("data", (d) => (log += d));
  const exited = new Promise((resolve) => server.once("exit", resolve));
  // If the caller dies without stopping it, do not leave a server behind.
  const onExit = () => server.exitCode === null && process.kill(server.pid, "SIGQUIT");
  process.on("exit", onExit);

  const urlFor = (database) => `postgres://fixpath@127.0.0.1:${port}/${database}`;
  const url = urlFor("postgres");
  const stop = async () => {
    process.off("exit", onExit);
    if (server.exitCode === null) {
      process.kill(server.pid, "SIGINT"); // fast shutdown
      const timer = setTimeout(() => server.exitCode === null && process.kill(server.pid, "SIGKILL"), 20_000);
      await exited;
      clearTimeout(timer);
    }
    rmSync(root, { recursive: true, force: true });
  };
  for (let i = 0; i < 150; i++) {
    if (server.exitCode !== null) break;
    if (await connects(url)) {
      const query = async (sql, params = [], database = "postgres") => {
        const { default: pg } = await import("pg");
        const client = new pg.Client({ connectionString: urlFor(database) });
        await client.connect();
        try {
          return await client.query(sql, params);
        } finally {
          await client.end();
        }
      };
      return { url, pid: server.pid, port, urlFor, query, stop, log: () => log };
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  await stop();
  throw new Error(`PostgreSQL did not start:\n${log}`);
}
