import { spawn, type ChildProcess } from "node:child_process";
import net from "node:net";

export interface ServeProcess {
  url: string;
  process: ChildProcess;
  /** Lines the server printed on stdout so far: its pino log lines and the ready message. */
  stdoutLines(): string[];
  /** Stops the server with SIGTERM and waits for it to exit. */
  stop(): Promise<void>;
  /** Kills the server with SIGKILL, as a crash would, and waits for it to exit. */
  kill(): Promise<void>;
}

/**
 * Starts `node scripts/serve.mjs` (the production server over the build in NEXT_DIST_DIR) on a
 * free port of 127.0.0.1 and waits until it serves GET /api/csrf/, which needs no database. The
 * child inherits this process's environment with `env` on top; pass APP_SECRET so that several
 * children accept each other's cookies.
 */
export async function startServeProcess(env: Record<string, string>): Promise<ServeProcess> {
  const port = await freePort();
  const child = spawn(process.execPath, ["scripts/serve.mjs"], {
    cwd: process.cwd(),
    env: {
      ...process.env,
      NODE_ENV: "production",
      HOST: "127.0.0.1",
      PORT: String(port),
      LOG_LEVEL: "silent",
      ...env,
    },
    stdio: ["ignore", "pipe", "pipe"],
  });

  let stdout = "";
  let stderr = "";
  child.stdout?.on("data", (chunk: Buffer) => {
    stdout += chunk.toString();
  });
  child.stderr?.on("data", (chunk: Buffer) => {
    stderr += chunk.toString();
  });
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));

  const server: ServeProcess = {
    url: `http://127.0.0.1:${port}`,
    process: child,
    stdoutLines: () => stdout.split("\n").filter(Boolean),
    async stop() {
      if (child.exitCode !== null || child.signalCode !== null) return;
      child.kill("SIGTERM");
      await exited;
    },
    async kill() {
      if (child.exitCode !== null || child.signalCode !== null) return;
      child.kill("SIGKILL");
      await exited;
    },
  };

  const deadline = Date.now() + 30_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`serve.mjs exited early: ${stderr}`);
    try {
      const response = await fetch(`${server.url}/api/csrf/`);
      if (response.ok) return server;
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  await server.kill();
  throw new Error(`serve.mjs on port ${port} did not answer within 30 s: ${stderr}`);
}

/** Returns a TCP port on 127.0.0.1 that was free a moment ago. */
export async function freePort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as net.AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}
