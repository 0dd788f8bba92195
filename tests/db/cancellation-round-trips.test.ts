import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaPGlite } from "pglite-prisma-adapter";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import type { CancellationRequestBody } from "@/lib/cancellations/cancellation-schema";
import { createCancellationRequests } from "@/lib/cancellations/create-cancellation-requests";
import type { Database } from "@/lib/db";
import { resolveDatabaseTarget } from "@/lib/db/config";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { createTestReasons, storeDate, type TestReasons } from "@/tests/support/cancellations";
import { openTestDatabase } from "@/tests/support/database";
import { createOrder } from "@/tests/support/factories";

// Counts the SQL statements that creating requests sends, through Prisma's query events on a
// second client over the same database. BEGIN and COMMIT are counted too when Prisma reports
// them, because each is a round trip to the server.

let database: Database;
let counting: PrismaClient<"query">;
let statements: string[] = [];
let reasons: TestReasons;

beforeAll(async () => {
  database = await openTestDatabase();
  const target = resolveDatabaseTarget();
  const adapter =
    target.kind === "postgres"
      ? new PrismaPg({ connectionString: target.url, max: 2 })
      : new PrismaPGlite(database.pglite!);
  counting = new PrismaClient({
    adapter,
    log: [{ emit: "event" as const, level: "query" as const }],
  });
  counting.$on("query", (event) => statements.push(event.query));
  reasons = await createTestReasons(database.prisma);
});

afterAll(async () => {
  await counting.$disconnect();
  await database.close();
});

async function countStatements(requests: CancellationRequestBody[]) {
  statements = [];
  const result = await createCancellationRequests(counting, { requests, guestOrderIds: [] });
  expect(result.ok).toBe(true);
  return [...statements];
}

function cancel(
  order: Awaited<ReturnType<typeof createOrder>>,
  index = 0,
): CancellationRequestBody {
  return {
    order_item: order.items[index]!.id,
    reason: reasons.cancel,
    cancellation_type: "cancel",
    fully_refund_as_loyalty_money: false,
    email: order.email,
    number: order.number,
  };
}

function refund(
  order: Awaited<ReturnType<typeof createOrder>>,
  index = 0,
): CancellationRequestBody {
  return {
    ...cancel(order, index),
    reason: reasons.refund,
    cancellation_type: "refund",
    shipping_company: order.courier.id,
    pickup_address: order.shippingAddress.id,
    pickup_date: { date: storeDate(1), hour_range: { start: "09:00", end: "12:00" } },
  };
}

/** Names each reported statement by its first words, such as "INSERT INTO easy_returns". */
function kinds(sent: string[]): string[] {
  return sent.map((text) => {
    const trimmed = text.trim();
    if (/^SELECT oi\.id/.test(trimmed)) return "lock items";
    if (/^SELECT SUM/.test(trimmed)) return "sum reserved";
    const insert = /^INSERT INTO "public"\."(\w+)"/.exec(trimmed);
    if (insert) return `insert ${insert[1]}`;
    if (/COMMIT/.test(trimmed)) return "commit";
    return trimmed.slice(0, 40);
  });
}

// Prisma reports COMMIT but not BEGIN, so a request costs one round trip more than it reports.
describe("SQL round trips", () => {
  it("single cancel takes five", async () => {
    const order = await createOrder(database.prisma);
    const sent = kinds(await countStatements([cancel(order)]));
    expect(sent).toEqual(["lock items", "sum reserved", "insert cancellation_requests", "commit"]);
  });

  it("single refund takes six", async () => {
    const order = await createOrder(database.prisma, { items: [{ deliveredDaysAgo: 1 }] });
    const sent = kinds(await countStatements([refund(order)]));
    expect(sent).toEqual([
      "lock items",
      "sum reserved",
      "insert easy_returns",
      "insert cancellation_requests",
      "commit",
    ]);
  });

  it("bulk of ten takes six", async () => {
    const order = await createOrder(database.prisma, {
      items: [
        ...Array.from({ length: 5 }, () => ({})),
        ...Array.from({ length: 5 }, () => ({ deliveredDaysAgo: 1 })),
      ],
    });
    const requests = [0, 1, 2, 3, 4].map((index) => cancel(order, index));
    requests.push(...[5, 6, 7, 8, 9].map((index) => refund(order, index)));
    const sent = kinds(await countStatements(requests));
    expect(sent).toEqual([
      "lock items",
      "sum reserved",
      "insert easy_returns",
      "insert cancellation_requests",
      "commit",
    ]);
  });

  it("rejected request writes nothing", async () => {
    const order = await createOrder(database.prisma, { items: [{ status: 500 }] });
    statements = [];
    const result = await createCancellationRequests(counting, {
      requests: [cancel(order)],
      guestOrderIds: [],
    });
    expect(result.ok).toBe(false);
    expect(kinds([...statements])).toEqual(["lock items", "sum reserved", "commit"]);
  });
});
