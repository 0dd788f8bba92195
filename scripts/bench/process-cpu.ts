import fs from "node:fs";

// Linux reports process CPU times in clock ticks of USER_HZ, which is 100 on every mainstream
// architecture (`getconf CLK_TCK`).
const TICKS_PER_SECOND = 100;

/**
 * Returns the CPU time that process `pid` has used so far, user and system time of all its
 * threads, in milliseconds. Returns undefined without /proc (not Linux) or when the process
 * has exited.
 */
export function processCpuMs(pid: number | undefined): number | undefined {
  if (pid === undefined) return undefined;
  try {
    return parseCpuMs(fs.readFileSync(`/proc/${pid}/stat`, "utf8"));
  } catch {
    return undefined;
  }
}

/** Reads utime and stime from a /proc/<pid>/stat line, in milliseconds. */
export function parseCpuMs(stat: string): number | undefined {
  // The command name in parentheses may contain spaces, so fields are counted after it.
  const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
  const userTicks = Number(fields[11]);
  const systemTicks = Number(fields[12]);
  if (!Number.isFinite(userTicks) || !Number.isFinite(systemTicks)) return undefined;
  return ((userTicks + systemTicks) * 1000) / TICKS_PER_SECOND;
}
