import { closeSync, linkSync, mkdirSync, openSync, readFileSync, renameSync, unlinkSync, writeSync } from "node:fs";
import path from "node:path";

/**
 * PGlite is PostgreSQL in single-user mode inside this process: a second process opening the same folder
 * would write the same files with nobody coordinating, and corrupt them. PGlite does not guard against
 * that, so this lock file does. A lock left by a process that died (SIGKILL, a crash) is taken over.
 */
export class DataDirInUseError extends Error {
  constructor(
    readonly dir: string,
    readonly pid: number,
  ) {
    super(
      `The feedback store's data folder ${dir} is in use by process ${pid}. One server process owns a PGlite folder; ` +
        "to run several instances, point them all at one PostgreSQL server with DATABASE_URL.",
    );
    this.name = "DataDirInUseError";
  }
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to someone else.
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

function holder(lockFile: string): number | undefined {
  try {
    const pid = Number.parseInt(readFileSync(lockFile, "utf8"), 10);
    return Number.isInteger(pid) && pid > 0 ? pid : undefined;
  } catch {
    return undefined;
  }
}

/** A stale lock goes: rename is atomic, so of two starters taking it over, one moves it and the other retries. */
function moveAside(lockFile: string) {
  const aside = `${lockFile}.stale.${process.pid}`;
  try {
    renameSync(lockFile, aside);
    unlinkSync(aside);
  } catch {
    // someone else moved it first
  }
}

/** Takes `<dir>.lock` for this process, or throws DataDirInUseError. Returns the release function. */
export function lockDataDir(dir: string): () => void {
  const lockFile = `${dir}.lock`;
  mkdirSync(path.dirname(lockFile), { recursive: true });
  // Written aside, then linked into place: link() fails when the lock exists, so two starters cannot both win.
  const mine = `${lockFile}.${process.pid}`;
  const fd = openSync(mine, "w");
  writeSync(fd, `${process.pid}\n`);
  closeSync(fd);
  let taken = false;
  try {
    for (let attempt = 0; attempt < 3 && !taken; attempt++) {
      try {
        linkSync(mine, lockFile);
        taken = true;
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
        const pid = holder(lockFile);
        if (pid === process.pid) taken = true;
        else if (pid !== undefined && alive(pid)) throw new DataDirInUseError(dir, pid);
        else moveAside(lockFile);
      }
    }
  } finally {
    unlinkSync(mine);
  }
  if (!taken) throw new Error(`could not take the lock ${lockFile}`);
  let released = false;
  const release = () => {
    if (released) return;
    released = true;
    process.off("exit", release);
    if (holder(lockFile) === process.pid) unlinkSync(lockFile);
  };
  process.on("exit", release);
  return release;
}
