import { afterAll, beforeAll, describe, expect, it } from "vitest";

import type { Database } from "@/lib/db";
import en from "@/messages/en.json";
import { ApiClient } from "@/tests/support/api-client";
import { startAppServer, type AppServer } from "@/tests/support/app-server";
import {
  BULK_PATH,
  LOOKUP_PATH,
  SINGLE_PATH,
  cancelBody,
  createTestReasons,
  postJson,
  refundBody,
  type JsonResponse,
  type OrderFixture,
  type TestReasons,
} from "@/tests/support/cancellations";
import { isPostgresRun, openTestDatabase } from "@/tests/support/database";
import { errorShapeProblem } from "@/tests/support/error-shape";
import { createOrder } from "@/tests/support/factories";

// 200 concurrent requests over the single and the bulk endpoint for the last units of four
// items, half proving ownership by session cookie and half by credentials in the body. With the
// default pool of 10 connections most requests queue for a connection or for an item's row lock,
// and none may fail with a 5xx. PGlite runs one transaction at a time, so PostgreSQL only.

const REQUEST_COUNT = 200;

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
const TOO_MANY = { quantity: en.validation.quantity_exceeds_item };

interface Target {
  order: OrderFixture;
  itemIndex: number;
  type: "cancel" | "refund";
}

interface PlannedRequest {
  path: typeof SINGLE_PATH | typeof BULK_PATH;
  body: Record<string, unknown>;
  /** Units asked per order item id; undefined for "whatever remains". */
  units: Map<number, number | undefined>;
  browser: ApiClient;
}

function itemId(target: Target): number {
  return target.order.items[target.itemIndex]!.id;
}

function entryFor(target: Target, quantity: number | undefined, withCredentials: boolean) {
  const build = target.type === "refund" ? refundBody : cancelBody;
  const reason = target.type === "refund" ? reasons.refund : reasons.cancel;
  const entry = build(target.order, reason, { quantity }, target.itemIndex);
  if (!withCredentials) {
    delete entry.email;
    delete entry.number;
  }
  return entry;
}

/** Proves every order in a new browser's session through the lookup endpoint. */
async function sessionBrowser(orders: OrderFixture[]): Promise<ApiClient> {
  const browser = new ApiClient(app.url);
  for (const order of orders) {
    const response = await postJson(browser, LOOKUP_PATH, {
      email: order.email,
      order: order.number,
    });
    expect(response.status).toBe(200);
  }
  return browser;
}

/** Returns the units each order item got from one successful response. */
function grantedUnits(planned: PlannedRequest, response: JsonResponse): Map<number, number> {
  if (response.status === 200) {
    const created = response.body as { order_item: number; quantity: number };
    return new Map([[created.order_item, created.quantity]]);
  }
  if (response.status === 201) {
    const created = response.body as Array<{ order_item: number }>;
    return new Map(
      created.map((entry) => [entry.order_item, planned.units.get(entry.order_item)!]),
    );
  }
  return new Map();
}

/** Returns the error entries of a rejected response: the body, or each per-index entry. */
function errorEntries(response: JsonResponse): unknown[] {
  const byIndex = (response.body as { cancel_order_items?: Record<string, unknown> })
    .cancel_order_items;
  return byIndex && typeof byIndex === "object" ? Object.values(byIndex) : [response.body];
}

describe.runIf(isPostgresRun())("200 concurrent requests for the last units", () => {
  it("never grants more than is available", { timeout: 120_000 }, async () => {
    const first = await createOrder(database.prisma, { items: [{ quantity: 4 }, { quantity: 2 }] });
    const second = await createOrder(database.prisma, { items: [{ quantity: 5 }] });
    const delivered = await createOrder(database.prisma, {
      items: [{ quantity: 2, deliveredDaysAgo: 1 }],
    });

    // Three of the second order's five units are already requested: two remain.
    const earlier = await postJson(
      new ApiClient(app.url),
      SINGLE_PATH,
      cancelBody(second, reasons.cancel, { quantity: 3 }),
    );
    expect(earlier.status).toBe(200);

    const firstA: Target = { order: first, itemIndex: 0, type: "cancel" };
    const firstB: Target = { order: first, itemIndex: 1, type: "cancel" };
    const secondA: Target = { order: second, itemIndex: 0, type: "cancel" };
    const returned: Target = { order: delivered, itemIndex: 0, type: "refund" };
    const targets = [firstA, firstB, secondA, returned];

    const sessions = await Promise.all(
      Array.from({ length: 5 }, () => sessionBrowser([first, second, delivered])),
    );
    const plain = Array.from({ length: 5 }, () => new ApiClient(app.url));
    await Promise.all(plain.map((browser) => browser.ensureCsrfToken()));

    // Eight kinds of request in turn, each kind at least 25 times: every item gets far more
    // one-unit singles than it has units, so every item ends fully requested.
    const kinds: Array<Array<[Target, number | undefined]>> = [
      [[firstA, 1]],
      [[firstB, 1]],
      [[secondA, 1]],
      [[firstA, undefined]],
      [
        [firstA, 1],
        [secondA, 1],
      ],
      [[firstB, 2]],
      [[returned, 1]],
      [
        [returned, 1],
        [firstB, 1],
      ],
    ];
    const planned: PlannedRequest[] = Array.from({ length: REQUEST_COUNT }, (_, index) => {
      const kind = kinds[index % kinds.length]!;
      const round = Math.floor(index / kinds.length);
      const viaSession = round % 2 === 0;
      const browser = viaSession
        ? sessions[index % sessions.length]!
        : plain[index % plain.length]!;
      const entries = kind.map(([target, quantity]) => entryFor(target, quantity, !viaSession));
      const units = new Map(kind.map(([target, quantity]) => [itemId(target), quantity]));
      // Kinds of one entry go to the single endpoint in two rounds of four, else to the bulk one.
      const bulk = kind.length > 1 || Math.floor(round / 2) % 2 === 1;
      return bulk
        ? { path: BULK_PATH, body: { cancel_order_items: entries }, units, browser }
        : { path: SINGLE_PATH, body: entries[0]!, units, browser };
    });

    const startedAt = Date.now();
    const responses = await Promise.all(
      planned.map((request) => postJson(request.browser, request.path, request.body)),
    );
    const seconds = (Date.now() - startedAt) / 1000;

    const granted = new Map<number, number>();
    const unexpected: string[] = [];
    for (const [index, response] of responses.entries()) {
      const request = planned[index]!;
      if (response.status === 200 || response.status === 201) {
        for (const [id, units] of grantedUnits(request, response)) {
          granted.set(id, (granted.get(id) ?? 0) + units);
        }
        continue;
      }
      const itemsField = request.path === BULK_PATH ? "cancel_order_items" : undefined;
      const problem = errorShapeProblem(response.status, response.body, itemsField);
      const documented = errorEntries(response).every((entry) =>
        [ALL_RESERVED, TOO_MANY].some((error) => JSON.stringify(error) === JSON.stringify(entry)),
      );
      if (problem || !documented) {
        unexpected.push(`#${index} ${response.status} ${problem ?? ""} ${response.text}`);
      }
    }
    expect(unexpected, `in ${seconds} s`).toEqual([]);

    const stored = await database.prisma.cancellationRequest.groupBy({
      by: ["orderItemId"],
      where: { orderItemId: { in: targets.map(itemId) } },
      _sum: { quantity: true },
    });
    const storedUnits = new Map(stored.map((group) => [group.orderItemId, group._sum.quantity]));
    for (const target of targets) {
      const item = target.order.items[target.itemIndex]!;
      const reservedBefore = target === secondA ? 3 : 0;
      expect(storedUnits.get(item.id), `stored units of item ${item.id}`).toBe(item.quantity);
      expect(granted.get(item.id), `granted units of item ${item.id}`).toBe(
        item.quantity - reservedBefore,
      );
    }

    // Each granted return has its own pickup, so its own easy return, and none is left over.
    const easyReturns = await database.prisma.easyReturn.count({
      where: { shippingCompanyId: delivered.courier.id },
    });
    expect(easyReturns).toBe(2);
  });
});
