import { execFileSync } from "node:child_process";
import os from "node:os";

export interface MachineInfo {
  /** Short commit hash, with "+dirty" when the working tree has uncommitted changes. */
  commit: string;
  cores: number;
  cpuModel: string;
  memoryBytes: number;
  platform: string;
  nodeVersion: string;
}

export function describeMachine(): MachineInfo {
  const cpus = os.cpus();
  return {
    commit: describeCommit(),
    cores: cpus.length,
    cpuModel: cpus[0]?.model.trim() ?? "unknown CPU",
    memoryBytes: os.totalmem(),
    platform: `${os.type()} ${os.release()} ${os.arch()}`,
    nodeVersion: process.version,
  };
}

function describeCommit(): string {
  try {
    const hash = execFileSync("git", ["rev-parse", "--short", "HEAD"], { encoding: "utf8" }).trim();
    const status = execFileSync("git", ["status", "--porcelain"], { encoding: "utf8" });
    return status.trim() === "" ? hash : `${hash}+dirty`;
  } catch {
    return "unknown (not a git checkout)";
  }
}

/** Formats the command line as typed, for example "npm run bench -- --orders 1000000". */
export function describeCommand(args: readonly string[]): string {
  return args.length === 0 ? "npm run bench" : `npm run bench -- ${args.join(" ")}`;
}
