import { afterAll, beforeAll, describe, expect, it } from "vitest";

import type { Database } from "@/lib/db";
import { ORDER_STATUS } from "@/lib/orders/status";
import { SESSION_COOKIE, addOrderToSession } from "@/lib/session/guest-session";
import en from "@/messages/en.json";
import tr from "@/messages/tr.json";
import { ApiClient } from "@/tests/support/api-client";
import { startAppServer, type AppServer } from "@/tests/support/app-server";
import {
  LOOKUP_PATH,
  SINGLE_PATH,
  cancelBody,
  countWrites,
  createTestReasons,
  postJson,
  refundBody,
  storeDate,
  type OrderFixture,
  type TestReasons,
} from "@/tests/support/cancellations";
import { openTestDatabase } from "@/tests/support/database";
import { createEasyReturnCompany, createOrder } from "@/tests/support/factories";

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

// The platform's cancellation request representation, in its documented example's order.
const REQUEST_FIELDS = [
  "status",
  "modified_date",
  "holder_name",
  "uuid",
  "easy_return",
  "description",
  "fully_refund_as_loyalty_money",
  "reason",
  "iban",
  "cancellation_type",
  "created_date",
  "order_item",
  "id",
  "quantity",
];

const EASY_RETURN_FIELDS = [
  "status",
  "code",
  "end_date",
  "tracking_url",
  "tracking_number",
  "shipping_company",
  "pickup_date",
  "start_date",
];

const TIMESTAMP = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{6}Z$/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

const NOT_FOUND = { order_item: en.validation.order_item_not_found };
const VALID_IBAN = "TR330006100519786457841326";

function client(headers: Record<string, string> = {}): ApiClient {
  return new ApiClient(app.url, headers);
}

function post(body: unknown, headers: Record<string, string> = {}, via = client()) {
  return postJson(via, SINGLE_PATH, body, headers);
}

function nonFieldError(code: keyof typeof en.errors, messages = en) {
  return { non_field_errors: messages.errors[code], error_code: code };
}

function sorted(keys: string[]): string[] {
  return [...keys].sort();
}

function delivered(spec: Parameters<typeof createOrder>[1] = {}) {
  return createOrder(database.prisma, { items: [{ deliveredDaysAgo: 2 }], ...spec });
}

/** Proves an order in the client's session through the lookup endpoint. */
async function lookUp(via: ApiClient, order: OrderFixture): Promise<void> {
  const response = await postJson(via, LOOKUP_PATH, { email: order.email, order: order.number });
  expect(response.status).toBe(200);
  expect(via.cookie(SESSION_COOKIE)).toBeDefined();
}

/** Removes the order's credentials from a body, for requests that rely on the session. */
function withoutCredentials(body: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(body).filter(([field]) => field !== "email" && field !== "number"),
  );
}

describe("POST cancellation_requests: created", () => {
  it("cancel returns the documented fields", async () => {
    const order = await createOrder(database.prisma, { items: [{ quantity: 2 }] });
    const response = await post(cancelBody(order, reasons.cancel));

    expect(response.status).toBe(200);
    const body = response.body as Record<string, unknown>;
    expect(sorted(Object.keys(body))).toEqual(sorted(REQUEST_FIELDS));
    expect(body.status).toEqual({ value: "open", label: "Open" });
    expect(body.cancellation_type).toBe("cancel");
    expect(body.order_item).toBe(order.items[0]!.id);
    expect(body.reason).toBe(reasons.cancel);
    expect(body.quantity).toBe(2);
    expect(body.easy_return).toBeNull();
    expect(body.description).toBeNull();
    expect(body.iban).toBeNull();
    expect(body.holder_name).toBeNull();
    expect(body.fully_refund_as_loyalty_money).toBe(false);
    expect(body.uuid).toMatch(UUID);
    expect(body.created_date).toMatch(TIMESTAMP);
    expect(body.modified_date).toMatch(TIMESTAMP);
    expect(response.headers.get("idempotent-replayed")).toBeNull();

    const stored = await database.prisma.cancellationRequest.findUniqueOrThrow({
      where: { id: body.id as number },
    });
    expect(stored.status).toBe("open");
    expect(stored.quantity).toBe(2);
    expect(stored.uuid).toBe(body.uuid);
  });

  it("refund creates an easy return", async () => {
    const order = await delivered();
    const response = await post(refundBody(order, reasons.refund, { description: "Too small" }));

    expect(response.status).toBe(200);
    const body = response.body as Record<string, Record<string, unknown>>;
    expect(sorted(Object.keys(body))).toEqual(sorted(REQUEST_FIELDS));
    const easyReturn = body.easy_return!;
    expect(sorted(Object.keys(easyReturn))).toEqual(sorted(EASY_RETURN_FIELDS));
    expect(easyReturn.status).toEqual({ value: "active", label: "Active" });
    expect(easyReturn.code).toMatch(/^\d{8}$/);
    expect(easyReturn.end_date).toBeNull();
    expect(easyReturn.tracking_url).toBeNull();
    expect(easyReturn.tracking_number).toBeNull();
    expect(easyReturn.start_date).toMatch(TIMESTAMP);
    expect(easyReturn.shipping_company).toEqual({
      value: order.courier.slug,
      label: order.courier.name,
    });
    expect(easyReturn.pickup_date).toEqual({
      date: storeDate(1),
      hour_range: { start: "09:00", end: "12:00" },
    });
    expect(body.description).toBe("Too small");

    const stored = await database.prisma.cancellationRequest.findUniqueOrThrow({
      where: { id: Number(body.id) },
      include: { easyReturn: true },
    });
    expect(stored.shippingCompanyId).toBe(order.courier.id);
    expect(stored.pickupAddressId).toBe(order.shippingAddress.id);
    expect(stored.pickupHourStart).toBe("09:00");
    expect(stored.pickupHourEnd).toBe("12:00");
    expect(stored.easyReturn?.code).toBe(easyReturn.code);
    expect(stored.easyReturn?.status).toBe("active");
  });

  it("labels in Turkish", async () => {
    const order = await delivered();
    const response = await post(refundBody(order, reasons.refund), { "accept-language": "tr-TR" });

    expect(response.status).toBe(200);
    const body = response.body as Record<string, Record<string, unknown>>;
    expect(body.status).toEqual({ value: "open", label: tr.cancellationRequest.status.open });
    expect(body.easy_return!.status).toEqual({
      value: "active",
      label: tr.easyReturn.status.active,
    });
  });

  it("replays the documented example body", async () => {
    const order = await delivered({ items: [{ deliveredDaysAgo: 2, quantity: 3 }] });
    // The documented body with this database's ids and a pickup date the courier accepts.
    const documented = {
      order_item: order.items[0]!.id,
      reason: reasons.refund,
      cancellation_type: "refund",
      description: "Test description",
      shipping_company: order.courier.id,
      pickup_address: order.shippingAddress.id,
      pickup_date: { date: storeDate(2), hour_range: { start: "09:00", end: "12:00" } },
      iban: "TR330006100519786457841326",
      holder_name: "John Doe",
      fully_refund_as_loyalty_money: true,
      quantity: 2,
      email: order.email,
      number: order.number,
    };
    const response = await post(documented);

    expect(response.status).toBe(200);
    const body = response.body as Record<string, unknown>;
    expect(body.quantity).toBe(2);
    expect(body.holder_name).toBe("John Doe");
    expect(body.fully_refund_as_loyalty_money).toBe(true);
    expect(body.description).toBe("Test description");
    expect(body.iban).toBe("TR33******************1326");
  });

  it("rejects the documented past pickup date", async () => {
    const order = await delivered();
    const response = await post(
      refundBody(order, reasons.refund, {
        pickup_date: { date: "2024-01-01", hour_range: { start: "09:00", end: "12:00" } },
      }),
    );

    expect(response.status).toBe(400);
    expect(response.body).toEqual({
      "pickup_date.date": `Choose a pickup date from ${storeDate(1)} to ${storeDate(7)}.`,
    });
  });

  it("treats null optional fields as absent", async () => {
    const order = await createOrder(database.prisma, { items: [{ quantity: 3 }] });
    const response = await post(
      cancelBody(order, reasons.cancel, {
        quantity: null,
        description: null,
        shipping_company: null,
        pickup_address: null,
        pickup_date: null,
        iban: null,
        holder_name: null,
        fully_refund_as_loyalty_money: null,
      }),
    );

    expect(response.status).toBe(200);
    const body = response.body as Record<string, unknown>;
    expect(body.quantity).toBe(3);
    expect(body.fully_refund_as_loyalty_money).toBe(false);
  });

  it("cancel ignores pickup fields", async () => {
    const order = await createOrder(database.prisma);
    const response = await post(
      cancelBody(order, reasons.cancel, {
        shipping_company: order.courier.id,
        pickup_address: order.shippingAddress.id,
        pickup_date: { date: storeDate(1), hour_range: { start: "09:00", end: "12:00" } },
      }),
    );

    expect(response.status).toBe(200);
    expect((response.body as Record<string, unknown>).easy_return).toBeNull();
    const stored = await database.prisma.cancellationRequest.findFirstOrThrow({
      where: { orderItemId: order.items[0]!.id },
    });
    expect(stored.shippingCompanyId).toBeNull();
    expect(stored.pickupAddressId).toBeNull();
    expect(stored.pickupDate).toBeNull();
    expect(stored.easyReturnId).toBeNull();
  });

  it("takes units until none remain", async () => {
    const order = await createOrder(database.prisma, { items: [{ quantity: 3 }] });

    const first = await post(cancelBody(order, reasons.cancel, { quantity: 2 }));
    expect(first.status).toBe(200);
    expect((first.body as Record<string, unknown>).quantity).toBe(2);

    const tooMany = await post(cancelBody(order, reasons.cancel, { quantity: 2 }));
    expect(tooMany.status).toBe(400);
    expect(tooMany.body).toEqual({
      quantity: "Quantity can not be greater than order item quantity.",
    });

    const rest = await post(cancelBody(order, reasons.cancel));
    expect(rest.status).toBe(200);
    expect((rest.body as Record<string, unknown>).quantity).toBe(1);

    const none = await post(cancelBody(order, reasons.cancel));
    expect(none.status).toBe(406);
    expect(none.body).toEqual(nonFieldError("cancellation_request_100_1"));
    expect(await countWrites(database.prisma, [order])).toEqual({ requests: 2, easyReturns: 0 });
  });

  it("rejected and closed requests free units", async () => {
    const order = await createOrder(database.prisma, { items: [{ quantity: 3 }] });
    const item = order.items[0]!;
    for (const status of ["rejected", "closed", "waiting"] as const) {
      await database.prisma.cancellationRequest.create({
        data: {
          orderItemId: item.id,
          cancellationType: "cancel",
          reasonId: reasons.cancel,
          quantity: 1,
          status,
        },
      });
    }

    const response = await post(cancelBody(order, reasons.cancel));
    expect(response.status).toBe(200);
    expect((response.body as Record<string, unknown>).quantity).toBe(2);
  });

  it("stores the IBAN normalized", async () => {
    const order = await delivered({ paymentType: "pay_on_delivery" });
    const response = await post(
      refundBody(order, reasons.refund, {
        iban: " tr33 0006 1005 1978 6457 8413 26 ",
        holder_name: "  Deniz Test  ",
      }),
    );

    expect(response.status).toBe(200);
    const body = response.body as Record<string, unknown>;
    expect(body.iban).toBe("TR33******************1326");
    expect(body.holder_name).toBe("Deniz Test");
    const stored = await database.prisma.cancellationRequest.findUniqueOrThrow({
      where: { id: Number(body.id) },
    });
    expect(stored.iban).toBe(VALID_IBAN);
    expect(stored.holderName).toBe("Deniz Test");
  });

  it("accepts the last pickup day", async () => {
    const order = await delivered();
    const response = await post(
      refundBody(order, reasons.refund, {
        pickup_date: { date: storeDate(7), hour_range: { start: "15:00", end: "18:00" } },
      }),
    );
    expect(response.status).toBe(200);
  });

  it("accepts the billing address", async () => {
    const order = await delivered();
    const response = await post(
      refundBody(order, reasons.refund, { pickup_address: order.billingAddress.id }),
    );
    expect(response.status).toBe(200);
  });

  it("accepts a description when required", async () => {
    const order = await createOrder(database.prisma);
    const response = await post(
      cancelBody(order, reasons.cancelNeedsDescription, { description: "Bought twice" }),
    );
    expect(response.status).toBe(200);
  });
});

describe("POST cancellation_requests: ownership", () => {
  it("accepts an order proved in the session", async () => {
    const order = await createOrder(database.prisma);
    const browser = client();
    await lookUp(browser, order);

    const response = await post(withoutCredentials(cancelBody(order, reasons.cancel)), {}, browser);
    expect(response.status).toBe(200);
  });

  it("accepts credentials typed loosely", async () => {
    const order = await createOrder(database.prisma);
    const response = await post(
      cancelBody(order, reasons.cancel, {
        email: `  ${order.email.toUpperCase()} `,
        number: ` ${order.number} `,
      }),
    );
    expect(response.status).toBe(200);
  });

  it("answers every unowned item alike", async () => {
    const mine = await createOrder(database.prisma);
    const other = await createOrder(database.prisma);
    const registered = await createOrder(database.prisma, { userType: "registered" });
    const sessionBrowser = client();
    await lookUp(sessionBrowser, mine);

    const expired = addOrderToSession(null, other.order.id, Date.now() - 2 * 60 * 60 * 1000);
    const expiredBrowser = client();
    expiredBrowser.setCookie(SESSION_COOKIE, expired.value);

    const forged = addOrderToSession(null, other.order.id);
    const [payload, signature] = forged.value.split(".");
    const tamperedBrowser = client();
    tamperedBrowser.setCookie(SESSION_COOKIE, `${payload}x.${signature}`);

    const otherItem = withoutCredentials(cancelBody(other, reasons.cancel));
    const cases: Array<[string, Record<string, unknown>, ApiClient]> = [
      ["unknown item id", { ...otherItem, order_item: 2_147_483_000 }, client()],
      ["no proof at all", otherItem, client()],
      [
        "another order's credentials",
        { ...otherItem, email: mine.email, number: mine.number },
        client(),
      ],
      ["wrong email", { ...otherItem, email: mine.email, number: other.number }, client()],
      ["wrong number", { ...otherItem, email: other.email, number: mine.number }, client()],
      ["session of another order", otherItem, sessionBrowser],
      ["expired session", otherItem, expiredBrowser],
      ["tampered session", otherItem, tamperedBrowser],
      [
        "registered user's item",
        cancelBody(registered, reasons.cancel, {
          email: registered.email,
          number: registered.number,
        }),
        client(),
      ],
    ];

    const reference = await post(cases[0]![1], {}, cases[0]![2]);
    expect(reference.status).toBe(400);
    expect(reference.body).toEqual(NOT_FOUND);

    for (const [name, body, browser] of cases) {
      const response = await post(body, {}, browser);
      expect(response.status, name).toBe(400);
      expect(response.text, name).toBe(reference.text);
    }
    expect(await countWrites(database.prisma, [other, registered])).toEqual({
      requests: 0,
      easyReturns: 0,
    });
  });

  it("answers unowned refunds alike", async () => {
    const other = await delivered();
    const unknown = await post({ ...refundBody(other, reasons.refund), order_item: 2_147_483_001 });
    const notMine = await post({ ...withoutCredentials(refundBody(other, reasons.refund)) });

    expect(unknown.status).toBe(400);
    expect(notMine.status).toBe(400);
    expect(notMine.text).toBe(unknown.text);
  });

  it("answers unowned items alike in Turkish", async () => {
    const other = await createOrder(database.prisma);
    const headers = { "accept-language": "tr" };
    const unknown = await post(
      { ...cancelBody(other, reasons.cancel), order_item: 2_147_483_002 },
      headers,
    );
    const notMine = await post(withoutCredentials(cancelBody(other, reasons.cancel)), headers);

    expect(unknown.body).toEqual({ order_item: tr.validation.order_item_not_found });
    expect(notMine.text).toBe(unknown.text);
  });
});

describe("POST cancellation_requests: item state", () => {
  const cancelCases: Array<[string, Parameters<typeof createOrder>[1], keyof typeof en.errors]> = [
    ["shipped item", { items: [{ status: ORDER_STATUS.shipped }] }, "cancellation_request_100_3"],
    ["delivered item", { items: [{ deliveredDaysAgo: 1 }] }, "cancellation_request_100_3"],
    ["invoiced order", { invoiced: true }, "cancellation_request_100_7"],
    [
      "cancelled item",
      { items: [{ status: ORDER_STATUS.cancelled }] },
      "cancellation_request_100_2",
    ],
    ["refunded item", { items: [{ status: ORDER_STATUS.refunded }] }, "cancellation_request_100_2"],
  ];

  it.each(cancelCases)("cancel of %s", async (_name, spec, code) => {
    const order = await createOrder(database.prisma, spec);
    const response = await post(cancelBody(order, reasons.cancel));

    expect(response.status).toBe(406);
    expect(response.body).toEqual(nonFieldError(code));
    expect(await countWrites(database.prisma, [order])).toEqual({ requests: 0, easyReturns: 0 });
  });

  it.each([
    ["waiting", ORDER_STATUS.waiting],
    ["payment_waiting", ORDER_STATUS.payment_waiting],
    ["preparing", ORDER_STATUS.preparing],
  ])("cancel of %s item", async (_name, status) => {
    const order = await createOrder(database.prisma, { items: [{ status }] });
    expect((await post(cancelBody(order, reasons.cancel))).status).toBe(200);
  });

  const refundCases: Array<[string, Parameters<typeof createOrder>[1], keyof typeof en.errors]> = [
    ["approved item", {}, "cancellation_request_100_4"],
    ["shipped item", { items: [{ status: ORDER_STATUS.shipped }] }, "cancellation_request_100_4"],
    ["item past the window", { items: [{ deliveredDaysAgo: 20 }] }, "cancellation_request_100_5"],
    [
      "unreturnable product",
      { items: [{ deliveredDaysAgo: 1, isReturnable: false }] },
      "cancellation_request_100_6",
    ],
    ["refunded item", { items: [{ status: ORDER_STATUS.refunded }] }, "cancellation_request_100_2"],
  ];

  it.each(refundCases)("refund of %s", async (_name, spec, code) => {
    const order = await createOrder(database.prisma, spec);
    const response = await post(refundBody(order, reasons.refund));

    expect(response.status).toBe(406);
    expect(response.body).toEqual(nonFieldError(code));
    expect(await countWrites(database.prisma, [order])).toEqual({ requests: 0, easyReturns: 0 });
  });

  it("refund inside the window", async () => {
    const order = await delivered({ items: [{ deliveredDaysAgo: 13 }] });
    expect((await post(refundBody(order, reasons.refund))).status).toBe(200);
  });

  it("state errors in Turkish", async () => {
    const order = await createOrder(database.prisma, { items: [{ status: ORDER_STATUS.shipped }] });
    const response = await post(cancelBody(order, reasons.cancel), { "accept-language": "tr-tr" });

    expect(response.status).toBe(406);
    expect(response.body).toEqual(nonFieldError("cancellation_request_100_3", tr));
  });
});

describe("POST cancellation_requests: reason and quantity", () => {
  it.each([
    ["unknown reason", () => 2_147_483_000],
    ["inactive reason", () => reasons.inactiveCancel],
    ["reason of the other type", () => reasons.refund],
  ])("rejects %s", async (_name, reason) => {
    const order = await createOrder(database.prisma);
    const response = await post(cancelBody(order, reason()));

    expect(response.status).toBe(400);
    expect(response.body).toEqual({ reason: en.validation.reason_not_allowed });
  });

  it("rejects a cancel reason on a refund", async () => {
    const order = await delivered();
    const response = await post(refundBody(order, reasons.cancel));

    expect(response.status).toBe(400);
    expect(response.body).toEqual({ reason: en.validation.reason_not_allowed });
  });

  it.each([
    ["missing", undefined],
    ["blank", "   "],
    ["empty", ""],
  ])("requires a description: %s", async (_name, description) => {
    const order = await createOrder(database.prisma);
    const response = await post(cancelBody(order, reasons.cancelNeedsDescription, { description }));

    expect(response.status).toBe(400);
    expect(response.body).toEqual({ description: en.validation.description_required });
  });

  it("requires a refund description", async () => {
    const order = await delivered();
    const response = await post(refundBody(order, reasons.refundNeedsDescription));

    expect(response.status).toBe(400);
    expect(response.body).toEqual({ description: en.validation.description_required });
  });

  it("rejects too many units", async () => {
    const order = await createOrder(database.prisma, { items: [{ quantity: 2 }] });
    const response = await post(cancelBody(order, reasons.cancel, { quantity: 3 }));

    expect(response.status).toBe(400);
    expect(response.text).toBe(
      '{"quantity":"Quantity can not be greater than order item quantity."}',
    );
  });

  it("rejects too many units in Turkish", async () => {
    const order = await createOrder(database.prisma, { items: [{ quantity: 2 }] });
    const response = await post(cancelBody(order, reasons.cancel, { quantity: 3 }), {
      "accept-language": "tr-TR,tr;q=0.9,en;q=0.5",
    });

    expect(response.status).toBe(400);
    expect(response.body).toEqual({ quantity: "Miktar, sipariş ürünü miktarından fazla olamaz." });
  });

  it.each([
    ["zero", 0, en.validation.too_small.replace("{minimum}", "1")],
    ["negative", -1, en.validation.too_small.replace("{minimum}", "1")],
    ["fractional", 1.5, en.validation.expected_integer],
    ["string", "2", en.validation.expected_number],
    ["boolean", true, en.validation.expected_number],
    ["beyond integer", 3_000_000_000, en.validation.too_big.replace("{maximum}", "2147483647")],
  ])("rejects %s quantity", async (_name, quantity, message) => {
    const order = await createOrder(database.prisma, { items: [{ quantity: 5 }] });
    const response = await post(cancelBody(order, reasons.cancel, { quantity }));

    expect(response.status).toBe(400);
    expect(response.body).toEqual({ quantity: message });
    expect(await countWrites(database.prisma, [order])).toEqual({ requests: 0, easyReturns: 0 });
  });

  it("lists several field errors together", async () => {
    const order = await delivered({ items: [{ deliveredDaysAgo: 1, quantity: 1 }] });
    const response = await post(
      refundBody(order, reasons.refundNeedsDescription, {
        quantity: 2,
        shipping_company: 2_147_483_000,
      }),
    );

    expect(response.status).toBe(400);
    expect(response.body).toEqual({
      description: en.validation.description_required,
      quantity: "Quantity can not be greater than order item quantity.",
      shipping_company: en.validation.shipping_company_not_allowed,
    });
  });
});

describe("POST cancellation_requests: pickup", () => {
  it("requires a pickup address", async () => {
    const order = await delivered();
    const body = refundBody(order, reasons.refund);
    delete body.pickup_address;
    const response = await post(body);

    expect(response.status).toBe(406);
    expect(response.text).toBe(
      '{"non_field_errors":"Pickup address is required.","error_code":"cancellation_request_100_8"}',
    );
    expect(await countWrites(database.prisma, [order])).toEqual({ requests: 0, easyReturns: 0 });
  });

  it("treats a null pickup address as missing", async () => {
    const order = await delivered();
    const response = await post(refundBody(order, reasons.refund, { pickup_address: null }));

    expect(response.status).toBe(406);
    expect(response.body).toEqual(nonFieldError("cancellation_request_100_8"));
  });

  it("requires a pickup address in Turkish", async () => {
    const order = await delivered();
    const response = await post(refundBody(order, reasons.refund, { pickup_address: null }), {
      "accept-language": "tr",
    });

    expect(response.body).toEqual(nonFieldError("cancellation_request_100_8", tr));
  });

  it("rejects another order's address", async () => {
    const order = await delivered();
    const other = await delivered();
    const response = await post(
      refundBody(order, reasons.refund, { pickup_address: other.shippingAddress.id }),
    );

    expect(response.status).toBe(400);
    expect(response.body).toEqual({ pickup_address: en.validation.pickup_address_not_allowed });
  });

  it("requires a courier", async () => {
    const order = await delivered();
    const response = await post(refundBody(order, reasons.refund, { shipping_company: null }));

    expect(response.status).toBe(400);
    expect(response.body).toEqual({ shipping_company: en.validation.required });
  });

  it("rejects a courier not offered for the item", async () => {
    const order = await delivered();
    const unlinked = await createEasyReturnCompany(database.prisma);
    const response = await post(
      refundBody(order, reasons.refund, { shipping_company: unlinked.id }),
    );

    expect(response.status).toBe(400);
    expect(response.body).toEqual({
      shipping_company: en.validation.shipping_company_not_allowed,
    });
  });

  it("rejects a courier without easy returns", async () => {
    const order = await delivered();
    const disabled = await createEasyReturnCompany(database.prisma, false);
    await database.prisma.orderItem.update({
      where: { id: order.items[0]!.id },
      data: { easyReturnShippingCompanies: { connect: [{ id: disabled.id }] } },
    });
    const response = await post(
      refundBody(order, reasons.refund, { shipping_company: disabled.id }),
    );

    expect(response.status).toBe(400);
    expect(response.body).toEqual({
      shipping_company: en.validation.shipping_company_not_allowed,
    });
  });

  it("requires a pickup date", async () => {
    const order = await delivered();
    const response = await post(refundBody(order, reasons.refund, { pickup_date: null }));

    expect(response.status).toBe(400);
    expect(response.body).toEqual({ pickup_date: en.validation.required });
  });

  const outOfRange = () => `Choose a pickup date from ${storeDate(1)} to ${storeDate(7)}.`;

  it.each([
    ["today", 0],
    ["past the horizon", 8],
    ["yesterday", -1],
  ])("rejects a pickup date %s", async (_name, days) => {
    const order = await delivered();
    const response = await post(
      refundBody(order, reasons.refund, {
        pickup_date: { date: storeDate(days), hour_range: { start: "09:00", end: "12:00" } },
      }),
    );

    expect(response.status).toBe(400);
    expect(response.body).toEqual({ "pickup_date.date": outOfRange() });
  });

  it.each([
    [
      "an impossible date",
      { date: "2025-02-30", hour_range: { start: "09:00", end: "12:00" } },
      { "pickup_date.date": en.validation.invalid_date },
    ],
    [
      "a short date",
      { date: "2025-1-5", hour_range: { start: "09:00", end: "12:00" } },
      { "pickup_date.date": en.validation.invalid_date },
    ],
    [
      "a time without padding",
      { date: "2025-01-05", hour_range: { start: "9:00", end: "12:00" } },
      { "pickup_date.hour_range.start": en.validation.invalid_time },
    ],
    [
      "an hour out of range",
      { date: "2025-01-05", hour_range: { start: "09:00", end: "24:00" } },
      { "pickup_date.hour_range.end": en.validation.invalid_time },
    ],
    [
      "start after end",
      { date: "2025-01-05", hour_range: { start: "12:00", end: "09:00" } },
      { "pickup_date.hour_range": en.validation.hour_range_order },
    ],
    [
      "start equal to end",
      { date: "2025-01-05", hour_range: { start: "09:00", end: "09:00" } },
      { "pickup_date.hour_range": en.validation.hour_range_order },
    ],
    [
      "a missing hour range",
      { date: "2025-01-05" },
      { "pickup_date.hour_range": en.validation.required },
    ],
    ["a string", "2025-01-05", { pickup_date: en.validation.expected_object }],
  ])("rejects %s", async (_name, pickupDate, expected) => {
    const order = await delivered();
    const response = await post(refundBody(order, reasons.refund, { pickup_date: pickupDate }));

    expect(response.status).toBe(400);
    expect(response.body).toEqual(expected);
  });

  it("rejects an hour range the courier does not offer", async () => {
    const order = await delivered();
    const response = await post(
      refundBody(order, reasons.refund, {
        pickup_date: { date: storeDate(1), hour_range: { start: "09:00", end: "11:00" } },
      }),
    );

    expect(response.status).toBe(400);
    expect(response.body).toEqual({
      "pickup_date.hour_range": en.validation.pickup_slot_not_offered,
    });
  });
});

describe("POST cancellation_requests: refund account", () => {
  it("requires IBAN and holder for cash on delivery", async () => {
    const order = await delivered({ paymentType: "pay_on_delivery" });
    const response = await post(refundBody(order, reasons.refund));

    expect(response.status).toBe(406);
    expect(response.body).toEqual(nonFieldError("cancellation_request_100_9"));
    expect(await countWrites(database.prisma, [order])).toEqual({ requests: 0, easyReturns: 0 });
  });

  it("requires IBAN and holder for funds transfer", async () => {
    const order = await delivered({ paymentType: "funds_transfer" });
    const response = await post(refundBody(order, reasons.refund));

    expect(response.status).toBe(406);
    expect(response.body).toEqual(nonFieldError("cancellation_request_100_9"));
  });

  it("requires the IBAN beside a holder", async () => {
    const order = await delivered({ paymentType: "pay_on_delivery" });
    const response = await post(refundBody(order, reasons.refund, { holder_name: "Deniz Test" }));

    expect(response.status).toBe(400);
    expect(response.body).toEqual({ iban: en.validation.iban_required });
  });

  it("requires the holder beside an IBAN", async () => {
    const order = await delivered({ paymentType: "funds_transfer" });
    const response = await post(refundBody(order, reasons.refund, { iban: VALID_IBAN }));

    expect(response.status).toBe(400);
    expect(response.body).toEqual({ holder_name: en.validation.holder_name_required });
  });

  it("skips the account for loyalty money", async () => {
    const order = await delivered({ paymentType: "pay_on_delivery" });
    const response = await post(
      refundBody(order, reasons.refund, { fully_refund_as_loyalty_money: true }),
    );

    expect(response.status).toBe(200);
    expect((response.body as Record<string, unknown>).fully_refund_as_loyalty_money).toBe(true);
  });

  it("skips the account for card payments", async () => {
    const order = await delivered({ paymentType: "credit_card" });
    expect((await post(refundBody(order, reasons.refund))).status).toBe(200);
  });

  it.each([
    ["one wrong digit", "TR330006100519786457841327"],
    ["a wrong length", "TR33000610051978645784132"],
    ["an unknown country", "ZZ330006100519786457841326"],
    ["letters only", "not-an-iban"],
  ])("rejects an IBAN with %s", async (_name, iban) => {
    const order = await delivered({ paymentType: "pay_on_delivery" });
    const response = await post(
      refundBody(order, reasons.refund, { iban, holder_name: "Deniz Test" }),
    );

    expect(response.status).toBe(400);
    expect(response.body).toEqual({ iban: en.validation.invalid_iban });
  });
});

describe("POST cancellation_requests: bad input", () => {
  it.each([
    ["malformed JSON", '{"order_item": 1,', {}, 400, "request_100_1"],
    ["a JSON array", "[1, 2]", {}, 400, "request_100_4"],
    ["a JSON string", '"cancel"', {}, 400, "request_100_4"],
    ["an empty body", "", {}, 400, "request_100_1"],
    ["plain text", "order_item=1", { "content-type": "text/plain" }, 415, "request_100_2"],
    [
      "a form",
      "order_item=1",
      { "content-type": "application/x-www-form-urlencoded" },
      415,
      "request_100_2",
    ],
    ["a huge body", JSON.stringify({ description: "x".repeat(70_000) }), {}, 413, "request_100_3"],
  ] as const)("rejects %s", async (_name, raw, headers, status, code) => {
    const response = await post(raw, { ...headers });

    expect(response.status).toBe(status);
    expect(response.body).toEqual(nonFieldError(code));
  });

  it("rejects invalid UTF-8", async () => {
    const browser = client();
    const token = await browser.ensureCsrfToken();
    const response = await fetch(`${app.url}${SINGLE_PATH}`, {
      method: "POST",
      headers: {
        "content-type": "application/json",
        cookie: `csrftoken=${token}`,
        "x-csrftoken": token,
      },
      body: new Uint8Array([0x7b, 0x22, 0xff, 0x22, 0x3a, 0x31, 0x7d]),
    });

    expect(response.status).toBe(400);
    expect(await response.json()).toEqual(nonFieldError("request_100_1"));
  });

  it("rejects wrong types per field", async () => {
    const order = await createOrder(database.prisma);
    const response = await post({
      order_item: "1",
      reason: null,
      cancellation_type: "return",
      description: 5,
      shipping_company: 1.5,
      pickup_address: -4,
      fully_refund_as_loyalty_money: "yes",
      holder_name: ["a"],
      iban: 12,
      email: order.email,
      number: order.number,
    });

    expect(response.status).toBe(400);
    expect(response.body).toEqual({
      order_item: en.validation.expected_number,
      reason: en.validation.required,
      cancellation_type: "Choose one of: cancel, refund.",
      description: en.validation.expected_string,
      shipping_company: en.validation.expected_integer,
      pickup_address: en.validation.too_small.replace("{minimum}", "1"),
      fully_refund_as_loyalty_money: en.validation.expected_boolean,
      holder_name: en.validation.expected_string,
      iban: en.validation.expected_string,
    });
    expect(await countWrites(database.prisma, [order])).toEqual({ requests: 0, easyReturns: 0 });
  });

  it("rejects an empty object", async () => {
    const response = await post({});

    expect(response.status).toBe(400);
    expect(response.body).toEqual({
      order_item: en.validation.required,
      reason: en.validation.required,
      cancellation_type: "Choose one of: cancel, refund.",
    });
  });

  it("rejects overlong text", async () => {
    const order = await delivered({ paymentType: "pay_on_delivery" });
    const response = await post(
      refundBody(order, reasons.refund, {
        description: "d".repeat(1001),
        holder_name: "h".repeat(141),
        iban: "T".repeat(65),
      }),
    );

    expect(response.status).toBe(400);
    expect(response.body).toEqual({
      description: en.validation.too_long.replace("{maximum}", "1000"),
      holder_name: en.validation.too_long.replace("{maximum}", "140"),
      iban: en.validation.too_long.replace("{maximum}", "64"),
    });
  });

  it("requires both credentials", async () => {
    const order = await createOrder(database.prisma);
    const neither = await post(withoutCredentials(cancelBody(order, reasons.cancel)));
    expect(neither.body).toEqual(NOT_FOUND);

    const emailAlone = await post({ ...cancelBody(order, reasons.cancel), number: undefined });
    expect(emailAlone.body).toEqual({ number: en.validation.required });

    const numberAlone = await post({ ...cancelBody(order, reasons.cancel), email: null });
    expect(numberAlone.body).toEqual({ email: en.validation.required });
  });

  it("rejects a malformed email", async () => {
    const order = await createOrder(database.prisma);
    const response = await post(cancelBody(order, reasons.cancel, { email: "not-an-email" }));

    expect(response.status).toBe(400);
    expect(response.body).toEqual({ email: en.validation.invalid_email });
  });
});

describe("POST cancellation_requests: CSRF", () => {
  async function rawPost(headers: Record<string, string>): Promise<Response> {
    return fetch(`${app.url}${SINGLE_PATH}`, {
      method: "POST",
      headers: { "content-type": "application/json", ...headers },
      body: JSON.stringify({ order_item: 1, reason: 1, cancellation_type: "cancel" }),
    });
  }

  it("rejects a POST without token", async () => {
    const response = await rawPost({});
    expect(response.status).toBe(403);
    expect(await response.json()).toEqual(nonFieldError("csrf_100_1"));
  });

  it("rejects a header without cookie", async () => {
    const token = await client().ensureCsrfToken();
    const response = await rawPost({ "x-csrftoken": token });
    expect(response.status).toBe(403);
    expect(await response.json()).toEqual(nonFieldError("csrf_100_1"));
  });

  it("rejects a mismatched token", async () => {
    const [first, second] = [client(), client()];
    const cookieToken = await first.ensureCsrfToken();
    const headerToken = await second.ensureCsrfToken();
    const response = await rawPost({
      cookie: `csrftoken=${cookieToken}`,
      "x-csrftoken": headerToken,
    });
    expect(response.status).toBe(403);
    expect(await response.json()).toEqual(nonFieldError("csrf_100_1"));
  });

  it("rejects a forged token", async () => {
    const response = await rawPost({ cookie: "csrftoken=abc.def", "x-csrftoken": "abc.def" });
    expect(response.status).toBe(403);
    expect(await response.json()).toEqual(nonFieldError("csrf_100_1"));
  });

  it("rejects a cross-origin POST", async () => {
    const order = await createOrder(database.prisma);
    const crossOrigin = await post(cancelBody(order, reasons.cancel), {
      origin: "https://shop.attacker.example",
    });
    expect(crossOrigin.status).toBe(403);
    expect(crossOrigin.body).toEqual(nonFieldError("csrf_100_2"));

    const crossSite = await post(cancelBody(order, reasons.cancel), {
      "sec-fetch-site": "cross-site",
    });
    expect(crossSite.status).toBe(403);
    expect(crossSite.body).toEqual(nonFieldError("csrf_100_2"));
    expect(await countWrites(database.prisma, [order])).toEqual({ requests: 0, easyReturns: 0 });
  });

  it("rejects GET", async () => {
    const response = await fetch(`${app.url}${SINGLE_PATH}`);
    expect(response.status).toBe(405);
  });
});
