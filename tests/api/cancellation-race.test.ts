import { afterAll, beforeAll, describe, expect, it } from "vitest";

import type { Database } from "@/lib/db";
import en from "@/messages/en.json";
import { ApiClient } from "@/tests/support/api-client";
import { startAppServer, type AppServer } from "@/tests/support/app-server";
import {
  BULK_PATH,
  SINGLE_PATH,
  cancelBody,
  createTestReasons,
  postJson,
  refundBody,
  type JsonResponse,
  type TestReasons,
} from "@/tests/support/cancellations";
import { isPostgresRun, openTestDatabase } from "@/tests/support/database";
import { createOrder } from "@/tests/support/factories";

// Concurrent requests for the same units. PGlite runs one transaction at a time, so these tests
// only mean something on PostgreSQL and are skipped on PGlite.

let database: Database;
let app: AppServer;
let reasons: TestReasons;

beforeAll(async () => {
  database = await openTestDatabase();
  app = await startAppServer();
  reasons = await createTestReasons(database.prisma);
});

afterAll(async () => {
  await app.close();
  await database.close();
});

const ALL_RESERVED = {
  non_field_errors: en.errors.cancellation_request_100_1,
  error_code: "cancellation_request_100_1",
};
const TOO_MANY = { quantity: "Quantity can not be greater than order item quantity." };

/** Clients with their CSRF tokens already fetched, so the requests start together. */
async function readyClients(count: number): Promise<ApiClient[]> {
  const clients = Array.from({ length: count }, () => new ApiClient(app.url));
  await Promise.all(clients.map((client) => client.ensureCsrfToken()));
  return clients;
}

/** Counts the units a successful response granted, for one request or a bulk list. */
function grantedUnits(response: JsonResponse): number {
  if (response.status === 200) return (response.body as { quantity: number }).quantity;
  if (response.status === 201) {
    return (response.body as Array<{ order_item: number }>).length;
  }
  return 0;
}

describe("racing for the last units", () => {
  it.runIf(isPostgresRun())("grants exactly the available units", async () => {
    const order = await createOrder(database.prisma, { items: [{ quantity: 3 }] });
    const item = order.items[0]!;
    const clients = await readyClients(40);

    // 20 singles for one unit, 10 singles for whatever remains, 10 bulks for one unit each.
    const responses = await Promise.all(
      clients.map((client, index) => {
        if (index % 4 === 3) {
          return postJson(client, BULK_PATH, {
            cancel_order_items: [cancelBody(order, reasons.cancel, { quantity: 1 })],
          });
        }
        const quantity = index % 4 === 2 ? undefined : 1;
        return postJson(client, SINGLE_PATH, cancelBody(order, reasons.cancel, { quantity }));
      }),
    );

    const granted = responses.reduce((sum, response) => sum + grantedUnits(response), 0);
    expect(granted).toBe(3);

    for (const response of responses) {
      if (response.status === 200 || response.status === 201) continue;
      const single = response.body;
      const bulk = (response.body as { cancel_order_items?: Record<string, unknown> })
        .cancel_order_items?.["0"];
      const error = bulk ?? single;
      expect([ALL_RESERVED, TOO_MANY], response.text).toContainEqual(error);
    }

    const stored = await database.prisma.cancellationRequest.aggregate({
      where: { orderItemId: item.id },
      _sum: { quantity: true },
    });
    expect(stored._sum.quantity).toBe(3);
  });

  it.runIf(isPostgresRun())("grants returns and easy returns once", async () => {
    const order = await createOrder(database.prisma, {
      items: [{ quantity: 2, deliveredDaysAgo: 1 }],
    });
    const clients = await readyClients(12);

    const responses = await Promise.all(
      clients.map((client) =>
        postJson(client, SINGLE_PATH, refundBody(order, reasons.refund, { quantity: 1 })),
      ),
    );

    const succeeded = responses.filter((response) => response.status === 200);
    expect(succeeded).toHaveLength(2);
    for (const response of responses.filter((entry) => entry.status !== 200)) {
      expect(response.body, response.text).toEqual(ALL_RESERVED);
    }
    const easyReturns = await database.prisma.easyReturn.count({
      where: { cancellationRequests: { some: { orderItemId: order.items[0]!.id } } },
    });
    expect(easyReturns).toBe(2);
  });

  it.runIf(isPostgresRun())("bulks in opposite order never deadlock", async () => {
    const order = await createOrder(database.prisma, {
      items: [{ quantity: 10 }, { quantity: 10 }],
    });
    const clients = await readyClients(20);

    const responses = await Promise.all(
      clients.map((client, index) => {
        const first = cancelBody(order, reasons.cancel, { quantity: 1 }, 0);
        const second = cancelBody(order, reasons.cancel, { quantity: 1 }, 1);
        const items = index % 2 === 0 ? [first, second] : [second, first];
        return postJson(client, BULK_PATH, { cancel_order_items: items });
      }),
    );

    // Each bulk takes one unit of both items, so 10 of the 20 fit and none may fail otherwise.
    const statuses = responses.map((response) => response.status);
    expect(statuses.filter((status) => status === 201)).toHaveLength(10);
    expect(statuses.filter((status) => status === 406)).toHaveLength(10);
    const stored = await database.prisma.cancellationRequest.groupBy({
      by: ["orderItemId"],
      where: { orderItemId: { in: order.items.map((item) => item.id) } },
      _sum: { quantity: true },
    });
    expect(stored.map((group) => group._sum.quantity)).toEqual([10, 10]);
  });
});
