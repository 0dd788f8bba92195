import { spawn, type ChildProcess } from "node:child_process";
import net from "node:net";

import { onCleanup } from "./cleanup";

export interface ServerProcess {
  name: string;
  url: string;
  child: ChildProcess;
  /** The last lines the process wrote to stdout and stderr. */
  recentOutput: string[];
  /** Stops the process (SIGTERM, then SIGKILL after 5 s) and waits for it to exit. */
  stop(): Promise<void>;
}

// Output a child wrote last, printed when it fails to start or exits early.
const OUTPUT_LINES_KEPT = 40;
const STOP_GRACE_MS = 5000;

/** Returns a TCP port on 127.0.0.1 that was free a moment ago. */
export function findFreePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

/**
 * Starts a server process and waits until GET `healthPath` returns 200, for at most
 * `timeoutMs`. The process is stopped by the cleanup steps if the caller does not stop it.
 */
export async function startServerProcess(options: {
  name: string;
  command: string;
  args: string[];
  env: NodeJS.ProcessEnv;
  port: number;
  healthPath: string;
  timeoutMs: number;
}): Promise<ServerProcess> {
  const child = spawn(options.command, options.args, {
    env: options.env,
    stdio: ["ignore", "pipe", "pipe"],
  });
  const output = keepRecentOutput(child);
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));

  const stop = onCleanup(`stop ${options.name}`, async () => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    child.kill("SIGTERM");
    const killer = setTimeout(() => child.kill("SIGKILL"), STOP_GRACE_MS);
    await exited;
    clearTimeout(killer);
  });

  const url = `http://127.0.0.1:${options.port}`;
  try {
    await waitForHealthy(`${url}${options.healthPath}`, child, options.timeoutMs);
  } catch (error) {
    await stop();
    const recent = output.join("\n");
    throw new Error(`${options.name} did not start: ${(error as Error).message}\n${recent}`);
  }
  return { name: options.name, url, child, recentOutput: output, stop };
}

async function waitForHealthy(url: string, child: ChildProcess, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`it exited with code ${child.exitCode}`);
    try {
      const response = await fetch(url, { signal: AbortSignal.timeout(2000) });
      if (response.ok) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`${url} did not return 200 within ${timeoutMs / 1000} s`);
}

function keepRecentOutput(child: ChildProcess): string[] {
  const lines: string[] = [];
  const keep = (chunk: Buffer) => {
    lines.push(...chunk.toString("utf8").split("\n").filter(Boolean));
    lines.splice(0, Math.max(0, lines.length - OUTPUT_LINES_KEPT));
  };
  child.stdout?.on("data", keep);
  child.stderr?.on("data", keep);
  return lines;
}
