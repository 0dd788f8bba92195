import { randomBytes } from "node:crypto";
import path from "node:path";

import { findFreePort, startServerProcess, type ServerProcess } from "./child-process";

export const DIST_DIR = ".next-bench";

/** Variables that keep Next.js from phoning home, for every process the benchmark starts. */
export const QUIET_NEXT_ENV = { NEXT_TELEMETRY_DISABLED: "1" };

const START_TIMEOUT_MS = 60_000;

// One secret for every portal of a run, so a CSRF token from one portal is valid at the next.
const APP_SECRET = randomBytes(32).toString("hex");

/**
 * Starts the built portal with scripts/serve.mjs, as in production, against `databaseUrl`.
 *
 * The lookup rate limit is raised so that the load is measured rather than throttled (every
 * attempt is still counted, one upsert per lookup). TRUSTED_PROXY_HOPS=1 makes the server
 * keep the X-Forwarded-For header the load generator sends, so lookups count against many
 * client addresses, as behind a load balancer, instead of all against 127.0.0.1.
 * BENCH_ROUTES=1 enables the baseline route app/bench/lookup-baseline. `nodeOptions` go to
 * node before the script, for example --cpu-prof.
 */
export async function startPortal(
  databaseUrl: string,
  nodeOptions: string[] = [],
): Promise<ServerProcess> {
  const port = await findFreePort();
  return startServerProcess({
    name: "portal (scripts/serve.mjs)",
    command: process.execPath,
    args: [...nodeOptions, path.join("scripts", "serve.mjs")],
    env: { ...portalEnv(databaseUrl), PORT: String(port), HOST: "127.0.0.1" },
    port,
    healthPath: "/api/health/",
    timeoutMs: START_TIMEOUT_MS,
  });
}

/** Returns the environment of the portal under test, which the round-trip counter shares. */
export function portalEnv(databaseUrl: string): NodeJS.ProcessEnv {
  return {
    ...process.env,
    ...QUIET_NEXT_ENV,
    NODE_ENV: "production",
    DATABASE_URL: databaseUrl,
    APP_SECRET,
    NEXT_DIST_DIR: DIST_DIR,
    LOG_LEVEL: "warn",
    LOOKUP_RATE_LIMIT_MAX: "1000000000",
    TRUSTED_PROXY_HOPS: "1",
    BENCH_ROUTES: "1",
  };
}

/** Starts scripts/bench/baseline-node-http.ts as a child process. */
export async function startNodeBaseline(databaseUrl: string): Promise<ServerProcess> {
  const port = await findFreePort();
  return startServerProcess({
    name: "node:http baseline",
    command: process.execPath,
    args: ["--import", "tsx", path.join("scripts", "bench", "baseline-node-http.ts")],
    env: { ...process.env, NODE_ENV: "production", PORT: String(port), DATABASE_URL: databaseUrl },
    port,
    healthPath: "/health",
    timeoutMs: START_TIMEOUT_MS,
  });
}
