// Counts the SQL round trips of real requests, run by the benchmark as a child process. It
// serves the built app in this process (like tests/support/app-server.ts) with a PrismaClient
// that emits query events, installed as the app's shared database, and a pg pool whose
// connections count every statement they send. Requests go one at a time, so every statement
// between sending a request and a short pause after its response belongs to that request.
//
// Input: the scenarios as JSON on stdin (see RoundTripInput). Output: one line on stdout,
// ROUND_TRIPS_RESULT followed by the JSON of RoundTripOutput. Environment: DATABASE_URL,
// NEXT_DIST_DIR and the app's settings, as for scripts/serve.mjs.
import http from "node:http";
import type { AddressInfo } from "node:net";

import { PrismaPg } from "@prisma/adapter-pg";
import next from "next";
import pg from "pg";

import { setSharedDatabase } from "@/lib/db";
import { PrismaClient } from "@/lib/generated/prisma/client";

import {
  RESULT_MARKER,
  type RoundTripInput,
  type RoundTripOutput,
  type ScenarioMeasurement,
} from "./round-trip-protocol";
import { describeStatement } from "./statement-kind";
import { median } from "./stats";

// Long enough for work scheduled with after() to send its statements, such as the rate
// limiter's occasional cleanup of expired counters.
const SETTLE_MS = 30;
const REQUEST_TIMEOUT_MS = 15_000;

const prismaStatements: { query: string; durationMs: number }[] = [];
let wireStatements = 0;

async function main(): Promise<void> {
  const input = JSON.parse(await readStdin()) as RoundTripInput;
  const url = process.env.DATABASE_URL;
  if (!url) throw new Error("DATABASE_URL is not set");

  const pool = new pg.Pool({ connectionString: url, max: 4 });
  pool.on("connect", countStatementsOf);
  const prisma = new PrismaClient({
    adapter: new PrismaPg(pool),
    log: [{ emit: "event", level: "query" }],
  });
  prisma.$on("query", (event) => {
    prismaStatements.push({ query: event.query, durationMs: event.duration });
  });
  setSharedDatabase({
    prisma,
    target: { kind: "postgres", url },
    close: () => prisma.$disconnect(),
  });

  const app = next({ dev: false, dir: process.cwd(), hostname: "127.0.0.1", quiet: true });
  await app.prepare();
  const handle = app.getRequestHandler();
  const server = http.createServer((request, response) => {
    request.headers["x-forwarded-for"] = request.socket.remoteAddress ?? "";
    void handle(request, response);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  try {
    const output: RoundTripOutput = { scenarios: [] };
    for (const scenario of input.scenarios) {
      output.scenarios.push(await measureScenario(baseUrl, scenario, input.warmupRequests));
    }
    process.stdout.write(`${RESULT_MARKER}${JSON.stringify(output)}\n`);
  } finally {
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
    await app.close();
    await prisma.$disconnect();
    await pool.end();
  }
}

async function measureScenario(
  baseUrl: string,
  scenario: RoundTripInput["scenarios"][number],
  warmupRequests: number,
): Promise<ScenarioMeasurement> {
  const csrf = await fetchCsrfToken(baseUrl);
  const prismaCounts: number[] = [];
  const wireCounts: number[] = [];
  const totalMs: number[] = [];
  const sqlMs: number[] = [];
  const statementKinds = new Map<string, number>();

  for (const [index, body] of scenario.bodies.entries()) {
    prismaStatements.length = 0;
    wireStatements = 0;
    const startedAt = performance.now();

    const response = await fetch(`${baseUrl}${scenario.path}`, {
      method: "POST",
      headers: {
        "content-type": "application/json",
        "accept-language": "tr-TR",
        cookie: `csrftoken=${csrf}`,
        "x-csrftoken": csrf,
        ...(scenario.idempotencyKeys ? { "idempotency-key": `bench-${process.pid}-${index}` } : {}),
      },
      body: JSON.stringify(body),
      signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS),
    });
    const text = await response.text();
    const elapsed = performance.now() - startedAt;
    if (response.status !== scenario.expectedStatus) {
      return { name: scenario.name, error: `answered ${response.status}: ${text.slice(0, 300)}` };
    }
    await new Promise((resolve) => setTimeout(resolve, SETTLE_MS));

    if (index < warmupRequests) continue;
    prismaCounts.push(prismaStatements.length);
    wireCounts.push(wireStatements);
    totalMs.push(elapsed);
    sqlMs.push(prismaStatements.reduce((sum, statement) => sum + statement.durationMs, 0));
    for (const statement of prismaStatements) {
      const kind = describeStatement(statement.query);
      statementKinds.set(kind, (statementKinds.get(kind) ?? 0) + 1);
    }
  }

  const measured = prismaCounts.length;
  return {
    name: scenario.name,
    requests: measured,
    prismaQueries: { median: median(prismaCounts), max: Math.max(...prismaCounts) },
    wireStatements: { median: median(wireCounts), max: Math.max(...wireCounts) },
    medianTotalMs: median(totalMs),
    medianSqlMs: median(sqlMs),
    statementsPerRequest: Object.fromEntries(
      [...statementKinds].map(([kind, count]) => [kind, count / measured]),
    ),
  };
}

/** Counts each statement a new pool connection sends, BEGIN and COMMIT included. */
function countStatementsOf(client: pg.PoolClient): void {
  const query = client.query.bind(client) as (...args: unknown[]) => unknown;
  (client as unknown as { query: (...args: unknown[]) => unknown }).query = (...args) => {
    wireStatements += 1;
    return query(...args);
  };
}

async function fetchCsrfToken(baseUrl: string): Promise<string> {
  const response = await fetch(`${baseUrl}/api/csrf/`, {
    signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS),
  });
  const { csrftoken } = (await response.json()) as { csrftoken: string };
  return csrftoken;
}

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString("utf8");
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error instanceof Error ? (error.stack ?? error.message) : error);
    process.exit(1);
  },
);
