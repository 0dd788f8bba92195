import { afterAll, beforeAll, describe, expect, it } from "vitest";

import type { Database } from "@/lib/db";
import { ORDER_STATUS } from "@/lib/orders/status";
import en from "@/messages/en.json";
import tr from "@/messages/tr.json";
import { ApiClient } from "@/tests/support/api-client";
import { startAppServer, type AppServer } from "@/tests/support/app-server";
import {
  BULK_PATH,
  LOOKUP_PATH,
  cancelBody,
  countWrites,
  createTestReasons,
  postJson,
  refundBody,
  storeDate,
  type TestReasons,
} from "@/tests/support/cancellations";
import { openTestDatabase } from "@/tests/support/database";
import { createOrder } from "@/tests/support/factories";

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

// The fields of each created request in the platform's documented bulk response, in its order.
const BULK_FIELDS = [
  "id",
  "cancellation_type",
  "status",
  "easy_return",
  "created_date",
  "modified_date",
  "uuid",
  "description",
  "iban",
  "holder_name",
  "reason",
  "order_item",
];

const NOT_FOUND = { order_item: en.validation.order_item_not_found };
const NOTHING = { requests: 0, easyReturns: 0 };

function client(headers: Record<string, string> = {}): ApiClient {
  return new ApiClient(app.url, headers);
}

function post(items: unknown, headers: Record<string, string> = {}, via = client()) {
  return postJson(via, BULK_PATH, { cancel_order_items: items }, headers);
}

function nonFieldError(code: keyof typeof en.errors, messages = en) {
  return { non_field_errors: messages.errors[code], error_code: code };
}

function itemsOf(body: unknown): Array<Record<string, unknown>> {
  return body as Array<Record<string, unknown>>;
}

describe("POST bulk_cancellation_requests: created", () => {
  it("returns the documented fields in order sent", async () => {
    const order = await createOrder(database.prisma, {
      items: [{ quantity: 2 }, { quantity: 1 }, { deliveredDaysAgo: 1 }],
    });
    const response = await post([
      cancelBody(order, reasons.cancel, {}, 1),
      cancelBody(order, reasons.cancel, { quantity: 1 }, 0),
      refundBody(order, reasons.refund, { description: "Wrong colour" }, 2),
    ]);

    expect(response.status).toBe(201);
    const created = itemsOf(response.body);
    expect(created).toHaveLength(3);
    for (const entry of created) {
      expect(Object.keys(entry).sort()).toEqual([...BULK_FIELDS].sort());
      expect(entry.status).toEqual({ value: "open", label: "Open" });
    }
    expect(created.map((entry) => entry.order_item)).toEqual([
      order.items[1]!.id,
      order.items[0]!.id,
      order.items[2]!.id,
    ]);
    expect(created.map((entry) => entry.cancellation_type)).toEqual(["cancel", "cancel", "refund"]);
    expect(created[0]!.easy_return).toBeNull();
    expect(created[2]!.description).toBe("Wrong colour");
    expect(created[2]!.easy_return).toMatchObject({
      status: { value: "active", label: "Active" },
      pickup_date: { date: storeDate(1), hour_range: { start: "09:00", end: "12:00" } },
    });

    const stored = await database.prisma.cancellationRequest.findMany({
      where: { orderItemId: { in: order.items.map((item) => item.id) } },
      orderBy: { id: "asc" },
    });
    expect(stored.map((row) => row.quantity)).toEqual([1, 1, 1]);
  });

  it("shares one easy return per pickup", async () => {
    const order = await createOrder(database.prisma, {
      items: [{ deliveredDaysAgo: 1 }, { deliveredDaysAgo: 1 }, { deliveredDaysAgo: 1 }],
    });
    const afternoon = { date: storeDate(1), hour_range: { start: "12:00", end: "15:00" } };
    const response = await post([
      refundBody(order, reasons.refund, {}, 0),
      refundBody(order, reasons.refund, {}, 1),
      refundBody(order, reasons.refund, { pickup_date: afternoon }, 2),
    ]);

    expect(response.status).toBe(201);
    const codes = itemsOf(response.body).map(
      (entry) => (entry.easy_return as Record<string, unknown>).code,
    );
    expect(codes[0]).toBe(codes[1]);
    expect(codes[2]).not.toBe(codes[0]);
    expect(await countWrites(database.prisma, [order])).toEqual({ requests: 3, easyReturns: 2 });
  });

  it("accepts items of two orders", async () => {
    const first = await createOrder(database.prisma);
    const second = await createOrder(database.prisma);
    const response = await post([
      cancelBody(first, reasons.cancel),
      cancelBody(second, reasons.cancel),
    ]);

    expect(response.status).toBe(201);
    expect(itemsOf(response.body)).toHaveLength(2);
  });

  it("accepts a session instead of credentials", async () => {
    const order = await createOrder(database.prisma, { items: [{}, {}] });
    const browser = client();
    const lookup = await postJson(browser, LOOKUP_PATH, {
      email: order.email,
      order: order.number,
    });
    expect(lookup.status).toBe(200);

    const bare = (index: number) => ({
      order_item: order.items[index]!.id,
      reason: reasons.cancel,
      cancellation_type: "cancel",
    });
    const response = await post([bare(0), bare(1)], {}, browser);
    expect(response.status).toBe(201);
  });

  it("accepts 50 items", async () => {
    const order = await createOrder(database.prisma, {
      items: Array.from({ length: 50 }, () => ({})),
    });
    const response = await post(
      order.items.map((_, index) => cancelBody(order, reasons.cancel, {}, index)),
    );

    expect(response.status).toBe(201);
    expect(itemsOf(response.body)).toHaveLength(50);
    expect(await countWrites(database.prisma, [order])).toEqual({ requests: 50, easyReturns: 0 });
  });

  it("replays the documented example bodies", async () => {
    const order = await createOrder(database.prisma, { items: [{ deliveredDaysAgo: 2 }] });
    // The first documented body, with this database's ids and a date the courier accepts.
    const response = await post([
      {
        description: "test",
        reason: reasons.refund,
        pickup_address: order.shippingAddress.id,
        cancellation_type: "refund",
        order_item: order.items[0]!.id,
        shipping_company: order.courier.id,
        pickup_date: { date: storeDate(1), hour_range: { start: "09:00", end: "12:00" } },
        email: order.email,
        number: order.number,
      },
    ]);
    expect(response.status).toBe(201);
    expect(itemsOf(response.body)[0]!.description).toBe("test");

    // The second documented body requests a refund without a pickup, which these rules reject.
    const other = await createOrder(database.prisma, { items: [{ deliveredDaysAgo: 2 }] });
    const bare = await post([
      {
        order_item: other.items[0]!.id,
        reason: reasons.refund,
        cancellation_type: "refund",
        email: other.email,
        number: other.number,
      },
    ]);
    expect(bare.status).toBe(406);
    expect(bare.body).toEqual({
      cancel_order_items: { "0": nonFieldError("cancellation_request_100_8") },
    });
  });
});

describe("POST bulk_cancellation_requests: all or nothing", () => {
  it("writes nothing when one item fails", async () => {
    const order = await createOrder(database.prisma, {
      items: [{}, { status: ORDER_STATUS.shipped }, { quantity: 1 }],
    });
    const response = await post([
      cancelBody(order, reasons.cancel, {}, 0),
      cancelBody(order, reasons.cancel, {}, 1),
      cancelBody(order, reasons.cancel, { quantity: 2 }, 2),
    ]);

    expect(response.status).toBe(400);
    expect(response.body).toEqual({
      cancel_order_items: {
        "1": nonFieldError("cancellation_request_100_3"),
        "2": { quantity: "Quantity can not be greater than order item quantity." },
      },
    });
    expect(await countWrites(database.prisma, [order])).toEqual(NOTHING);
  });

  it("keeps a common status", async () => {
    const order = await createOrder(database.prisma, {
      items: [{ status: ORDER_STATUS.shipped }, {}],
      invoiced: true,
    });
    const response = await post([
      cancelBody(order, reasons.cancel, {}, 0),
      cancelBody(order, reasons.cancel, {}, 1),
    ]);

    expect(response.status).toBe(406);
    expect(response.body).toEqual({
      cancel_order_items: {
        "0": nonFieldError("cancellation_request_100_3"),
        "1": nonFieldError("cancellation_request_100_7"),
      },
    });
  });

  it("writes no easy return when a refund fails", async () => {
    const order = await createOrder(database.prisma, {
      items: [{ deliveredDaysAgo: 1 }, { deliveredDaysAgo: 1, isReturnable: false }],
    });
    const response = await post([
      refundBody(order, reasons.refund, {}, 0),
      refundBody(order, reasons.refund, {}, 1),
    ]);

    expect(response.status).toBe(406);
    expect(response.body).toEqual({
      cancel_order_items: { "1": nonFieldError("cancellation_request_100_6") },
    });
    expect(await countWrites(database.prisma, [order])).toEqual(NOTHING);
  });

  it("rejects a repeated order item", async () => {
    const order = await createOrder(database.prisma, { items: [{ quantity: 3 }, {}] });
    const response = await post([
      cancelBody(order, reasons.cancel, { quantity: 1 }, 0),
      cancelBody(order, reasons.cancel, {}, 1),
      cancelBody(order, reasons.cancel, { quantity: 1 }, 0),
    ]);

    expect(response.status).toBe(400);
    expect(response.body).toEqual({
      cancel_order_items: { "2": nonFieldError("cancellation_request_100_10") },
    });
    expect(await countWrites(database.prisma, [order])).toEqual(NOTHING);
  });

  it("reports schema errors per index", async () => {
    const order = await createOrder(database.prisma, { items: [{}, {}] });
    const response = await post([
      cancelBody(order, reasons.cancel, {}, 0),
      cancelBody(order, reasons.cancel, { quantity: 0, cancellation_type: "return" }, 1),
      "not an object",
    ]);

    expect(response.status).toBe(400);
    expect(response.body).toEqual({
      cancel_order_items: {
        "1": {
          cancellation_type: "Choose one of: cancel, refund.",
          quantity: en.validation.too_small.replace("{minimum}", "1"),
        },
        "2": { non_field_errors: en.validation.expected_object },
      },
    });
    expect(await countWrites(database.prisma, [order])).toEqual(NOTHING);
  });

  it("answers unowned items per index alike", async () => {
    const mine = await createOrder(database.prisma);
    const other = await createOrder(database.prisma);
    const registered = await createOrder(database.prisma, { userType: "registered" });
    const response = await post([
      cancelBody(mine, reasons.cancel),
      { ...cancelBody(other, reasons.cancel), email: mine.email, number: mine.number },
      { ...cancelBody(mine, reasons.cancel), order_item: 2_147_483_000 },
      cancelBody(registered, reasons.cancel),
    ]);

    expect(response.status).toBe(400);
    expect(response.body).toEqual({
      cancel_order_items: { "1": NOT_FOUND, "2": NOT_FOUND, "3": NOT_FOUND },
    });
    expect(await countWrites(database.prisma, [mine, other, registered])).toEqual(NOTHING);
  });

  it("reports errors in Turkish", async () => {
    const order = await createOrder(database.prisma, { items: [{ quantity: 1 }] });
    const response = await post([cancelBody(order, reasons.cancel, { quantity: 2 })], {
      "accept-language": "tr-TR",
    });

    expect(response.body).toEqual({
      cancel_order_items: { "0": { quantity: tr.validation.quantity_exceeds_item } },
    });
  });
});

describe("POST bulk_cancellation_requests: list shape", () => {
  it.each([
    [
      "51 items",
      { cancel_order_items: Array.from({ length: 51 }, () => ({})) },
      { cancel_order_items: en.validation.too_many_items.replace("{maximum}", "50") },
    ],
    [
      "no items",
      { cancel_order_items: [] },
      { cancel_order_items: en.validation.too_few_items.replace("{minimum}", "1") },
    ],
    ["a missing list", {}, { cancel_order_items: en.validation.required }],
    ["a null list", { cancel_order_items: null }, { cancel_order_items: en.validation.required }],
    [
      "an object for the list",
      { cancel_order_items: { 0: {} } },
      { cancel_order_items: en.validation.expected_list },
    ],
    [
      "a single request body",
      { order_item: 1, reason: 1, cancellation_type: "cancel" },
      { cancel_order_items: en.validation.required },
    ],
  ])("rejects %s", async (_name, body, expected) => {
    const response = await postJson(client(), BULK_PATH, body);

    expect(response.status).toBe(400);
    expect(response.body).toEqual(expected);
  });

  it.each([
    ["malformed JSON", '{"cancel_order_items": [', {}, 400, "request_100_1"],
    ["a bare list", "[]", {}, 400, "request_100_4"],
    ["plain text", "cancel", { "content-type": "text/plain" }, 415, "request_100_2"],
    [
      "a huge body",
      JSON.stringify({ cancel_order_items: [{ description: "x".repeat(70_000) }] }),
      {},
      413,
      "request_100_3",
    ],
  ] as const)("rejects %s", async (_name, raw, headers, status, code) => {
    const response = await postJson(client(), BULK_PATH, raw, { ...headers });

    expect(response.status).toBe(status);
    expect(response.body).toEqual(nonFieldError(code));
  });

  it("rejects a POST without CSRF token", async () => {
    const response = await fetch(`${app.url}${BULK_PATH}`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ cancel_order_items: [] }),
    });

    expect(response.status).toBe(403);
    expect(await response.json()).toEqual(nonFieldError("csrf_100_1"));
  });

  it("rejects a cross-origin POST", async () => {
    const order = await createOrder(database.prisma);
    const response = await post([cancelBody(order, reasons.cancel)], {
      origin: "https://attacker.example",
    });

    expect(response.status).toBe(403);
    expect(response.body).toEqual(nonFieldError("csrf_100_2"));
    expect(await countWrites(database.prisma, [order])).toEqual(NOTHING);
  });
});
