import { randomBytes, randomUUID } from "node:crypto";

import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import type { Database } from "@/lib/db";
import { resolveDatabaseTarget } from "@/lib/db/config";
import { ApiClient } from "@/tests/support/api-client";
import {
  BULK_PATH,
  cancelBody,
  createTestReasons,
  refundBody,
  type OrderFixture,
  type TestReasons,
} from "@/tests/support/cancellations";
import { isPostgresRun, openTestDatabase } from "@/tests/support/database";
import { createOrder, createReason } from "@/tests/support/factories";
import { startServeProcess, type ServeProcess } from "@/tests/support/serve-process";

// A server process killed with SIGKILL while it handles a bulk request of 50 entries must leave
// all 50 requests or none. Each round starts its own `scripts/serve.mjs`, whose database
// connections carry an application_name of their own, so the test can wait until PostgreSQL has
// ended them before it counts the rows. PostgreSQL only: PGlite cannot be shared by processes.

const ENTRIES = 50;
const CANCELS = 40;
/**
 * When to kill, as fractions of how long a whole bulk took in the first round, one round each:
 * from before the request arrives to about when its response is sent.
 */
const KILL_POINTS = [0, 0.2, 0.35, 0.5, 0.6, 0.7, 0.8, 0.9, 1];

let database: Database;
let reasons: TestReasons;
let appSecret: string;

beforeAll(async () => {
  database = await openTestDatabase();
  reasons = await createTestReasons(database.prisma);
  appSecret = randomBytes(32).toString("hex");
});

afterAll(async () => {
  await database.close();
});

interface Round {
  order: OrderFixture;
  description: string;
  applicationName: string;
  server: ServeProcess;
  browser: ApiClient;
}

/** Creates an order of 50 items (40 to cancel, 10 to return) and a server for one round. */
async function startRound(): Promise<Round> {
  const order = await createOrder(database.prisma, {
    items: [
      ...Array.from({ length: CANCELS }, () => ({})),
      ...Array.from({ length: ENTRIES - CANCELS }, () => ({ deliveredDaysAgo: 1 })),
    ],
  });
  const applicationName = `killed_${randomBytes(6).toString("hex")}`;
  const target = resolveDatabaseTarget();
  if (target.kind !== "postgres") throw new Error("PostgreSQL only");
  const url = new URL(target.url);
  url.searchParams.set("application_name", applicationName);

  const server = await startServeProcess({ DATABASE_URL: url.toString(), APP_SECRET: appSecret });
  const browser = new ApiClient(server.url);
  // Loads the route and opens the pool, so the kill lands in the request's own work.
  const warmUp = await browser.post(BULK_PATH, { cancel_order_items: [] });
  expect(warmUp.status).toBe(400);
  await fetch(`${server.url}/users/orders/anonymous/cancellation_reasons/`);

  return { order, description: `killed-${randomUUID()}`, applicationName, server, browser };
}

function bulkBody(round: Round, refundReason = reasons.refund) {
  const description = round.description;
  return {
    cancel_order_items: round.order.items.map((_, index) =>
      index < CANCELS
        ? cancelBody(round.order, reasons.cancel, { description }, index)
        : refundBody(round.order, refundReason, { description }, index),
    ),
  };
}

/** Sends the bulk, ignoring the connection error that the kill causes. */
function sendBulk(
  round: Round,
  body: unknown,
  headers: Record<string, string> = {},
): Promise<number | "killed"> {
  return round.browser.post(BULK_PATH, body, headers).then(
    (response) => response.status,
    () => "killed" as const,
  );
}

/** Waits until PostgreSQL has ended every connection of the round's server. */
async function waitForBackendsGone(round: Round): Promise<void> {
  await expect
    .poll(
      async () => {
        const rows = await database.prisma.$queryRaw<Array<{ count: number }>>`
          SELECT count(*)::int AS count FROM pg_stat_activity
          WHERE application_name = ${round.applicationName}`;
        return rows[0]!.count;
      },
      { timeout: 15_000, interval: 50 },
    )
    .toBe(0);
}

/**
 * Counts the round server's statements that wait for a lock and start with `start`. PostgreSQL
 * shows only the first 1024 bytes of a statement, so match its start rather than its tables.
 */
async function waitingQueries(round: Round, start: string): Promise<number> {
  const rows = await database.prisma.$queryRaw<Array<{ count: number }>>`
    SELECT count(*)::int AS count FROM pg_stat_activity
    WHERE application_name = ${round.applicationName} AND wait_event_type = 'Lock'
      AND starts_with(regexp_replace(query, '^\\s+', ''), ${start})`;
  return rows[0]!.count;
}

/** Counts the round's requests and the easy returns of its order's courier. */
async function countRound(round: Round) {
  const [requests, easyReturns] = await Promise.all([
    database.prisma.cancellationRequest.count({ where: { description: round.description } }),
    database.prisma.easyReturn.count({ where: { shippingCompanyId: round.order.courier.id } }),
  ]);
  return { requests, easyReturns };
}

const NONE = { requests: 0, easyReturns: 0 };
// The ten returns share courier, address, date and slot, so they share one easy return.
const ALL = { requests: ENTRIES, easyReturns: 1 };

describe.runIf(isPostgresRun())("server killed during a bulk request", () => {
  it("leaves all or none at any moment", { timeout: 180_000 }, async () => {
    // The first round lets the bulk finish, to time it and to check that the counts see it.
    const first = await startRound();
    const startedAt = performance.now();
    const firstStatus = await sendBulk(first, bulkBody(first));
    const bulkMs = performance.now() - startedAt;
    await first.server.kill();
    await waitForBackendsGone(first);
    expect(firstStatus).toBe(201);
    expect(await countRound(first)).toEqual(ALL);

    const outcomes: string[] = [];
    for (const point of KILL_POINTS) {
      const round = await startRound();
      const delay = Math.round(point * bulkMs);
      const pending = sendBulk(round, bulkBody(round));
      await new Promise((resolve) => setTimeout(resolve, delay));
      await round.server.kill();
      const status = await pending;
      await waitForBackendsGone(round);

      const counts = await countRound(round);
      outcomes.push(`${delay} of ${Math.round(bulkMs)} ms: ${status}, ${counts.requests} rows`);
      expect([NONE, ALL], outcomes.join("; ")).toContainEqual(counts);
      if (status === 201) expect(counts, outcomes.join("; ")).toEqual(ALL);
    }
  });

  it("leaves none when killed between inserts", { timeout: 60_000 }, async () => {
    const round = await startRound();
    const lockedReason = await createReason(database.prisma, { type: "refund" });
    const target = resolveDatabaseTarget();
    if (target.kind !== "postgres") throw new Error("PostgreSQL only");
    const admin = new pg.Client({ connectionString: target.url });
    await admin.connect();

    try {
      // The easy return is inserted, then the request insert waits for a share lock on the
      // reason row for its foreign key check, which this transaction holds exclusively.
      await admin.query("BEGIN");
      await admin.query("SELECT id FROM cancellation_reasons WHERE id = $1 FOR UPDATE", [
        lockedReason.id,
      ]);
      const pending = sendBulk(round, bulkBody(round, lockedReason.id));
      await expect
        .poll(
          async () => {
            const rows = await database.prisma.$queryRaw<unknown[]>`
              SELECT 1 FROM pg_stat_activity
              WHERE application_name = ${round.applicationName} AND wait_event_type = 'Lock'
                AND query LIKE '%INSERT INTO "public"."cancellation_requests"%'`;
            return rows.length;
          },
          { timeout: 15_000, interval: 50 },
        )
        .toBe(1);

      await round.server.kill();
      expect(await pending).toBe("killed");
    } finally {
      await round.server.kill();
      await admin.query("ROLLBACK");
      await admin.end();
    }

    // Freed from the lock, the server process finishes the insert, reads the client's end of
    // the connection and rolls the transaction back.
    await waitForBackendsGone(round);
    expect(await countRound(round)).toEqual(NONE);
  });

  it("runs an idempotent retry once after a crash", { timeout: 60_000 }, async () => {
    const round = await startRound();
    const target = resolveDatabaseTarget();
    if (target.kind !== "postgres") throw new Error("PostgreSQL only");
    const itemLock = new pg.Client({ connectionString: target.url });
    const recordLock = new pg.Client({ connectionString: target.url });
    await Promise.all([itemLock.connect(), recordLock.connect()]);
    const key = randomUUID();
    const body = {
      cancel_order_items: [cancelBody(round.order, reasons.cancel, { quantity: 1 }, 0)],
    };

    try {
      // The request claims its key, then waits for the item's row lock inside its transaction.
      await itemLock.query("BEGIN");
      await itemLock.query("SELECT id FROM order_items WHERE id = $1 FOR UPDATE", [
        round.order.items[0]!.id,
      ]);
      const pending = sendBulk(round, body, { "idempotency-key": key });
      await expect.poll(() => waitingQueries(round, "SELECT oi.id"), { timeout: 4_000 }).toBe(1);

      // Now the claim exists: hold its row, let the request go on, and kill the process while
      // it waits to store its response.
      await recordLock.query("BEGIN");
      const claimed = await recordLock.query(
        "SELECT 1 FROM idempotency_records WHERE key = $1 FOR UPDATE",
        [key],
      );
      expect(claimed.rowCount).toBe(1);
      await itemLock.query("ROLLBACK");
      await expect
        .poll(() => waitingQueries(round, 'UPDATE "public"."idempotency_records"'), {
          timeout: 4_000,
        })
        .toBe(1);
      await round.server.kill();
      expect(await pending).toBe("killed");
    } finally {
      await round.server.kill();
      await itemLock.query("ROLLBACK");
      await recordLock.query("ROLLBACK");
      await Promise.all([itemLock.end(), recordLock.end()]);
    }
    await waitForBackendsGone(round);

    // A minute later the retry takes over the abandoned claim, on another instance.
    await database.prisma.idempotencyRecord.updateMany({
      where: { key },
      data: { createdDate: new Date(Date.now() - 2 * 60 * 1000) },
    });
    const retryServer = await startServeProcess({ APP_SECRET: appSecret });
    try {
      const retry = await new ApiClient(retryServer.url).post(BULK_PATH, body, {
        "idempotency-key": key,
      });
      expect(retry.status).toBe(201);
    } finally {
      await retryServer.stop();
    }

    const stored = await database.prisma.cancellationRequest.count({
      where: { orderItemId: round.order.items[0]!.id },
    });
    expect(stored).toBe(1);
  });
});
