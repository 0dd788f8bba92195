// Measures where one app instance saturates, for the scaling notes in ARCHITECTURE.md. The
// scenarios are a route without the database, cancellation requests spread over many items or
// all on one item, and lookups from many client addresses or all from one, which makes one
// rate-limit counter row hot. Prints requests per second, latency percentiles and the server's
// CPU time per request.
//
//   DATABASE_URL=postgresql://postgres@127.0.0.1:5432/<db> NEXT_DIST_DIR=.next \
//     npx tsx scripts/measure-hot-spots.ts
//
// The database must be migrated (the API tests' global setup or `npm run db:deploy`); the
// script adds its own orders and leaves them. Environment: CONNECTIONS (default 32), SECONDS per
// scenario (default 6), POOL (DATABASE_POOL_SIZE of the server, default 10), MODE (all, floor,
// cancel or lookup).
import { randomBytes } from "node:crypto";
import fs from "node:fs";
import os from "node:os";

import { openDatabase } from "@/lib/db";
import { ApiClient } from "@/tests/support/api-client";
import {
  LOOKUP_PATH,
  SINGLE_PATH,
  cancelBody,
  createTestReasons,
  type OrderFixture,
} from "@/tests/support/cancellations";
import { createOrder } from "@/tests/support/factories";
import { startServeProcess } from "@/tests/support/serve-process";

const url = process.env.DATABASE_URL ?? "";
if (!["localhost", "127.0.0.1", "[::1]"].includes(URL.canParse(url) ? new URL(url).hostname : "")) {
  console.error(
    "Set DATABASE_URL to a PostgreSQL database on localhost; this script writes to it.",
  );
  process.exit(1);
}
const CONNECTIONS = Number(process.env.CONNECTIONS ?? 32);
const SECONDS = Number(process.env.SECONDS ?? 6);
const MODE = process.env.MODE ?? "all";

const database = await openDatabase({ kind: "postgres", url });
const reasons = await createTestReasons(database.prisma);
const server = await startServeProcess({
  DATABASE_URL: url,
  APP_SECRET: randomBytes(32).toString("hex"),
  LOOKUP_RATE_LIMIT_MAX: "1000000000",
  TRUSTED_PROXY_HOPS: "1",
  DATABASE_POOL_SIZE: process.env.POOL ?? "10",
});
const serverPid = server.process.pid!;

/** Returns the CPU time, user and system, that a process has used so far, in milliseconds. */
function cpuMs(pid: number): number {
  const fields = fs.readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1]!.split(" ");
  const ticksPerSecond = 100;
  return ((Number(fields[11]) + Number(fields[12])) * 1000) / ticksPerSecond;
}

/** Runs `send` in a closed loop on every connection for SECONDS and prints the figures. */
async function measure(name: string, send: (connection: number, index: number) => Promise<number>) {
  const latencies: number[] = [];
  const statuses: Record<number, number> = {};
  const cpuBefore = cpuMs(serverPid);
  const startedAt = performance.now();
  const deadline = startedAt + SECONDS * 1000;

  await Promise.all(
    Array.from({ length: CONNECTIONS }, async (_, connection) => {
      for (let index = 0; performance.now() < deadline; index++) {
        const sentAt = performance.now();
        const status = await send(connection, index);
        latencies.push(performance.now() - sentAt);
        statuses[status] = (statuses[status] ?? 0) + 1;
      }
    }),
  );

  const seconds = (performance.now() - startedAt) / 1000;
  const cpuPerRequest = (cpuMs(serverPid) - cpuBefore) / latencies.length;
  latencies.sort((a, b) => a - b);
  const percentile = (p: number) =>
    latencies[Math.min(latencies.length - 1, Math.floor(p * latencies.length))]!.toFixed(0);
  console.log(
    `${name}: ${(latencies.length / seconds).toFixed(0)} requests/s, ` +
      `p50 ${percentile(0.5)} ms, p99 ${percentile(0.99)} ms, ` +
      `server CPU ${cpuPerRequest.toFixed(1)} ms per request, statuses ${JSON.stringify(statuses)}`,
  );
}

async function statusOf(response: Response): Promise<number> {
  await response.arrayBuffer();
  return response.status;
}

const browsers = Array.from({ length: CONNECTIONS }, () => new ApiClient(server.url));
await Promise.all(browsers.map((browser) => browser.ensureCsrfToken()));
const hotOrder = await createOrder(database.prisma, {
  items: [{ quantity: 1_000_000, price: "1.00" }],
});
const orders: OrderFixture[] = [];
for (let index = 0; index < CONNECTIONS; index++) {
  orders.push(
    await createOrder(database.prisma, { items: [{ quantity: 1_000_000, price: "1.00" }] }),
  );
}

const load = () =>
  os
    .loadavg()
    .map((value) => value.toFixed(1))
    .join(" ");
console.log(`${os.cpus().length} cores, load average ${load()}`);
console.log(
  `${CONNECTIONS} connections, ${SECONDS} s per scenario, pool ${process.env.POOL ?? 10}`,
);

if (MODE === "all" || MODE === "floor") {
  await measure("GET /api/csrf/, no database", async () =>
    statusOf(await fetch(`${server.url}/api/csrf/`)),
  );
}
if (MODE === "all" || MODE === "cancel") {
  await measure("cancel, one item per connection", async (connection) =>
    statusOf(
      await browsers[connection]!.post(
        SINGLE_PATH,
        cancelBody(orders[connection]!, reasons.cancel, { quantity: 1 }),
      ),
    ),
  );
  await measure("cancel, every connection on one item", async (connection) =>
    statusOf(
      await browsers[connection]!.post(
        SINGLE_PATH,
        cancelBody(hotOrder, reasons.cancel, { quantity: 1 }),
      ),
    ),
  );
}
if (MODE === "all" || MODE === "lookup") {
  // Client addresses from the IPv6 documentation range; they only label rate-limit counters.
  const lookUp = (connection: number, index: number, address: string) => {
    const order = orders[(connection + index) % orders.length]!;
    return browsers[connection]!.post(
      LOOKUP_PATH,
      { email: order.email, order: order.number },
      { "x-forwarded-for": address },
    );
  };
  await measure("lookup, a new client address each time", async (connection, index) =>
    statusOf(
      await lookUp(
        connection,
        index,
        `2001:db8:3::${connection.toString(16)}:${index.toString(16)}`,
      ),
    ),
  );
  await measure("lookup, one client address for all", async (connection, index) =>
    statusOf(await lookUp(connection, index, "2001:db8:3::1")),
  );
}

console.log(`load average at the end ${load()}`);
await server.stop();
await database.close();
