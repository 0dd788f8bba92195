import { randomBytes, randomUUID } from "node:crypto";

import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import type { Database } from "@/lib/db";
import { resolveDatabaseTarget } from "@/lib/db/config";
import en from "@/messages/en.json";
import { ApiClient } from "@/tests/support/api-client";
import {
  BULK_PATH,
  LOOKUP_PATH,
  SINGLE_PATH,
  cancelBody,
  countWrites,
  createTestReasons,
  postJson,
  refundBody,
  type JsonResponse,
  type TestReasons,
} from "@/tests/support/cancellations";
import { isPostgresRun, openTestDatabase } from "@/tests/support/database";
import { createOrder, createReason } from "@/tests/support/factories";
import { startServeProcess, type ServeProcess } from "@/tests/support/serve-process";
import { TcpProxy } from "@/tests/support/tcp-proxy";

// The app runs as a child process (scripts/serve.mjs) whose DATABASE_URL points at a TCP proxy
// in front of the test's PostgreSQL database. Cutting the proxy takes the database away as a
// crash or a network failure would; restoring it brings the same database back.

const UNAVAILABLE = { non_field_errors: en.errors.server_100_2, error_code: "server_100_2" };
/** Failed requests must respond within this many milliseconds (the pool's connect timeout is 3 s). */
const FAST_MS = 5_000;
const POOL_SIZE = 2;
const STATEMENT_TIMEOUT_MS = 2_000;

let database: Database;
let reasons: TestReasons;
let proxy: TcpProxy;
let server: ServeProcess;
let admin: pg.Client;

describe.runIf(isPostgresRun())("database outage", () => {
  beforeAll(async () => {
    database = await openTestDatabase();
    reasons = await createTestReasons(database.prisma);

    const target = resolveDatabaseTarget();
    if (target.kind !== "postgres") throw new Error("PostgreSQL only");
    const direct = new URL(target.url);
    proxy = new TcpProxy(direct.hostname, Number(direct.port || 5432));
    await proxy.restore();
    const proxied = new URL(target.url);
    proxied.hostname = "127.0.0.1";
    proxied.port = String(proxy.port);

    server = await startServeProcess({
      DATABASE_URL: proxied.toString(),
      DATABASE_POOL_SIZE: String(POOL_SIZE),
      DATABASE_STATEMENT_TIMEOUT_MS: String(STATEMENT_TIMEOUT_MS),
      APP_SECRET: randomBytes(32).toString("hex"),
      LOG_LEVEL: "info",
    });
    admin = new pg.Client({ connectionString: target.url });
    await admin.connect();
  });

  afterAll(async () => {
    await admin?.end();
    await server?.stop();
    await proxy?.cut();
    await database?.close();
  });

  /** Sends a request with its own X-Request-Id and returns the response and its duration. */
  async function timedPost(
    browser: ApiClient,
    path: string,
    body: unknown,
  ): Promise<JsonResponse & { ms: number; requestId: string }> {
    const requestId = `outage-${randomUUID()}`;
    const startedAt = performance.now();
    const response = await postJson(browser, path, body, { "x-request-id": requestId });
    return { ...response, ms: performance.now() - startedAt, requestId };
  }

  /** Returns the pino lines the server logged for a request id. */
  function logLines(requestId: string): Array<Record<string, unknown>> {
    return server
      .stdoutLines()
      .filter((line) => line.includes(requestId))
      .map((line) => JSON.parse(line) as Record<string, unknown>);
  }

  async function expectUnavailable(response: JsonResponse & { ms: number; requestId: string }) {
    expect(response.status, response.text).toBe(503);
    expect(response.body).toEqual(UNAVAILABLE);
    expect(response.headers.get("retry-after")).toBe("5");
    expect(response.ms).toBeLessThan(FAST_MS);
    // The log line is written before the response is sent, but stdout reaches us a moment later.
    await expect.poll(() => logLines(response.requestId).length).toBe(1);
    expect(logLines(response.requestId)[0]).toMatchObject({
      level: 50,
      status: 503,
      code: "server_100_2",
    });
  }

  /** Sends one request to each POST endpoint at once: a lookup, a cancel and a bulk return. */
  async function sendEach(browser: ApiClient, order: Awaited<ReturnType<typeof createOrder>>) {
    // One token first: concurrent first requests would each fetch a token of their own.
    await browser.ensureCsrfToken();
    return Promise.all([
      timedPost(browser, LOOKUP_PATH, { email: order.email, order: order.number }),
      timedPost(browser, SINGLE_PATH, cancelBody(order, reasons.cancel, {}, 0)),
      timedPost(browser, BULK_PATH, {
        cancel_order_items: [refundBody(order, reasons.refund, {}, 1)],
      }),
    ]);
  }

  it("answers 503 at once while the server is gone", async () => {
    const order = await createOrder(database.prisma, { items: [{}, { deliveredDaysAgo: 1 }] });
    const browser = new ApiClient(server.url);
    // Opens pooled connections, which the cut then breaks.
    const before = await timedPost(browser, LOOKUP_PATH, { email: "a@example.com", order: "1" });
    expect(before.status).toBe(404);

    await proxy.cut();
    try {
      for (const response of await sendEach(browser, order)) await expectUnavailable(response);
      const reasonsList = await fetch(`${server.url}/users/orders/anonymous/cancellation_reasons/`);
      expect(reasonsList.status).toBe(503);
      expect(await reasonsList.json()).toEqual(UNAVAILABLE);
    } finally {
      await proxy.restore();
    }
    expect(await countWrites(database.prisma, [order])).toEqual({ requests: 0, easyReturns: 0 });
  });

  it("answers 503 when connections hang", async () => {
    const order = await createOrder(database.prisma, { items: [{}, { deliveredDaysAgo: 1 }] });
    const browser = new ApiClient(server.url);
    await browser.ensureCsrfToken();

    await proxy.blackhole();
    try {
      for (const response of await sendEach(browser, order)) await expectUnavailable(response);
    } finally {
      await proxy.restore();
    }
    expect(await countWrites(database.prisma, [order])).toEqual({ requests: 0, easyReturns: 0 });
  });

  it("answers 503 while connections are silent", { timeout: 60_000 }, async () => {
    const browser = new ApiClient(server.url);
    // Opens pooled connections, which then stop carrying any byte in either direction.
    const warmUp = await createOrder(database.prisma, { items: [{}, { deliveredDaysAgo: 1 }] });
    await sendEach(browser, warmUp);
    const order = await createOrder(database.prisma, { items: [{}, { deliveredDaysAgo: 1 }] });

    proxy.freeze();
    try {
      for (const response of await sendEach(browser, order)) await expectUnavailable(response);
    } finally {
      proxy.thaw();
    }
    expect(await countWrites(database.prisma, [order])).toEqual({ requests: 0, easyReturns: 0 });

    // The held bytes arrive late; the same connections then serve again.
    const [lookup, single, bulk] = await sendEach(browser, order);
    expect(lookup!.status, lookup!.text).toBe(200);
    expect(single!.status, single!.text).toBe(200);
    expect(bulk!.status, bulk!.text).toBe(201);
    expect(await countWrites(database.prisma, [order])).toEqual({ requests: 2, easyReturns: 1 });
  });

  it("recovers without a restart", async () => {
    await proxy.cut();
    await proxy.restore();
    const order = await createOrder(database.prisma, { items: [{}, { deliveredDaysAgo: 1 }] });
    const browser = new ApiClient(server.url);

    const [lookup, single, bulk] = await sendEach(browser, order);

    expect(lookup!.status, lookup!.text).toBe(200);
    expect(single!.status, single!.text).toBe(200);
    expect(bulk!.status, bulk!.text).toBe(201);
    expect(await countWrites(database.prisma, [order])).toEqual({ requests: 2, easyReturns: 1 });
  });

  it("rolls back a transaction cut halfway", { timeout: 60_000 }, async () => {
    const order = await createOrder(database.prisma, { items: [{}, { deliveredDaysAgo: 1 }] });
    const lockedReason = await createReason(database.prisma, { type: "refund" });
    const browser = new ApiClient(server.url);
    await browser.ensureCsrfToken();

    // The bulk inserts its easy return, then waits at the request insert: the reason's foreign
    // key check needs a share lock on the reason row, which this transaction holds exclusively.
    await admin.query("BEGIN");
    await admin.query("SELECT id FROM cancellation_reasons WHERE id = $1 FOR UPDATE", [
      lockedReason.id,
    ]);
    const pending = timedPost(browser, BULK_PATH, {
      cancel_order_items: [
        cancelBody(order, reasons.cancel, {}, 0),
        refundBody(order, lockedReason.id, {}, 1),
      ],
    });
    const backend = await waitForBlockedInsert();

    await proxy.cut();
    const cutAt = performance.now();
    const response = await pending;
    const afterCutMs = performance.now() - cutAt;
    await admin.query("ROLLBACK");
    await proxy.restore();

    expect(response.status, response.text).toBe(503);
    expect(response.body).toEqual(UNAVAILABLE);
    expect(afterCutMs).toBeLessThan(FAST_MS);
    // Once the lock is gone the server finishes the insert, finds the client gone and aborts.
    await expect.poll(() => backendAlive(backend), { timeout: 10_000 }).toBe(false);
    expect(await countWrites(database.prisma, [order])).toEqual({ requests: 0, easyReturns: 0 });
    const easyReturns = await database.prisma.easyReturn.count({
      where: { shippingCompanyId: order.courier.id },
    });
    expect(easyReturns).toBe(0);
  });

  it("answers 503 when a row lock is held", { timeout: 60_000 }, async () => {
    const order = await createOrder(database.prisma, { items: [{ quantity: 5 }] });
    const browser = new ApiClient(server.url);
    await browser.ensureCsrfToken();

    // Every pooled connection waits on the item's row lock and one more request waits for a
    // connection. The statement timeout and the pool's connect timeout must end them all while
    // the lock is still held. A timer releases the lock after 20 s, so a failure cannot hang.
    await admin.query("BEGIN");
    await admin.query("SELECT id FROM order_items WHERE id = $1 FOR UPDATE", [order.items[0]!.id]);
    const release = setTimeout(() => void admin.query("ROLLBACK"), 20_000);
    let responses: Array<JsonResponse & { ms: number; requestId: string }>;
    try {
      responses = await Promise.all(
        Array.from({ length: POOL_SIZE + 1 }, () =>
          timedPost(browser, SINGLE_PATH, cancelBody(order, reasons.cancel, { quantity: 1 })),
        ),
      );
    } finally {
      clearTimeout(release);
      await admin.query("ROLLBACK");
    }

    for (const response of responses) await expectUnavailable(response);
    expect(await countWrites(database.prisma, [order])).toEqual({ requests: 0, easyReturns: 0 });
  });
});

// These read pg_stat_activity through the test's Prisma client, never through `admin`: inside a
// transaction PostgreSQL keeps showing the statistics snapshot taken at its first read.

/** Waits until a server process is blocked inserting cancellation requests; returns its pid. */
async function waitForBlockedInsert(): Promise<number> {
  const deadline = Date.now() + 15_000;
  while (Date.now() < deadline) {
    const rows = await database.prisma.$queryRaw<Array<{ pid: number }>>`
      SELECT pid FROM pg_stat_activity
      WHERE datname = current_database() AND wait_event_type = 'Lock'
        AND query LIKE '%INSERT INTO "public"."cancellation_requests"%'`;
    if (rows[0]) return rows[0].pid;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error("No request reached the cancellation_requests insert within 15 s.");
}

async function backendAlive(pid: number): Promise<boolean> {
  const rows = await database.prisma.$queryRaw<unknown[]>`
    SELECT 1 FROM pg_stat_activity WHERE pid = ${pid}`;
  return rows.length > 0;
}
