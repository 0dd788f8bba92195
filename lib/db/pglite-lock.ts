import fs from "node:fs";
import path from "node:path";

const LOCK_FILE = "portal.lock";

export class DataDirInUseError extends Error {
  constructor(dataDir: string, pid: number) {
    super(
      `The PGlite data folder ${dataDir} is in use by process ${pid}. PGlite allows one process ` +
        "per folder: stop that process, or set PGLITE_DATA_DIR to another folder, or set " +
        "DATABASE_URL to use PostgreSQL.",
    );
    this.name = "DataDirInUseError";
  }
}

/**
 * Takes the lock file beside a PGlite data folder, so a second process cannot open the same
 * folder and corrupt it (PGlite itself takes no lock). A lock left by a process that no longer
 * runs is taken over. Returns the function that releases the lock.
 */
export function lockDataDir(dataDir: string): () => void {
  fs.mkdirSync(dataDir, { recursive: true });
  const lockPath = path.join(path.dirname(dataDir), `${path.basename(dataDir)}.${LOCK_FILE}`);

  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      fs.writeFileSync(lockPath, String(process.pid), { flag: "wx" });
      break;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
      const owner = Number(fs.readFileSync(lockPath, "utf8").trim());
      if (owner === process.pid) break;
      if (isProcessAlive(owner)) throw new DataDirInUseError(dataDir, owner);
      fs.rmSync(lockPath, { force: true });
      if (attempt === 1) throw new DataDirInUseError(dataDir, owner);
    }
  }

  let released = false;
  const release = () => {
    if (released) return;
    released = true;
    process.off("exit", release);
    try {
      if (fs.readFileSync(lockPath, "utf8").trim() === String(process.pid)) fs.rmSync(lockPath);
    } catch {
      // Already gone: nothing to release.
    }
  };
  process.on("exit", release);
  return release;
}

function isProcessAlive(pid: number): boolean {
  if (!Number.isInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM means the process exists but belongs to another user.
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}
