import { randomBytes } from "node:crypto";

import { afterAll, beforeAll, describe, expect, it } from "vitest";

import type { Database } from "@/lib/db";
import { ORDER_STATUS } from "@/lib/orders/status";
import { SESSION_COOKIE, readGuestSession } from "@/lib/session/guest-session";
import { ApiClient } from "@/tests/support/api-client";
import { startAppServer, type AppServer } from "@/tests/support/app-server";
import { isPostgresRun, openTestDatabase } from "@/tests/support/database";
import {
  createOrder,
  createReason,
  uniqueOrderNumber,
  uniqueSuffix,
} from "@/tests/support/factories";

const LOOKUP_PATH = "/users/orders/anonymous/";

// The platform's order representation, in the order of its documented example response.
const ORDER_FIELDS = [
  "id",
  "status",
  "currency",
  "orderitem_set",
  "discountitem_set",
  "is_cancelled",
  "is_cancellable",
  "is_refundable",
  "shipping_address",
  "billing_address",
  "shipping_company",
  "client_type",
  "payment_option",
  "amount_without_discount",
  "is_payable",
  "tracking_url",
  "bank",
  "loyaltytransaction_set",
  "created_date",
  "modified_date",
  "number",
  "amount",
  "discount_amount",
  "shipping_amount",
  "shipping_tax_rate",
  "refund_amount",
  "discount_refund_amount",
  "shipping_refund_amount",
  "invoice_number",
  "invoice_date",
  "e_archive_url",
  "tracking_number",
  "defined_tracking_url",
  "remote_addr",
  "has_gift_box",
  "gift_box_note",
  "language_code",
  "notes",
  "delivery_range",
  "extra_field",
  "user_email",
  "shipping_option_slug",
  "payment_option_slug",
  "bin_number",
  "installment_count",
  "installment_interest_amount",
  "shipping_tracking_url",
  "user",
  "basket",
  "shipping_option",
  "card",
  "installment",
  "segment",
  "checkout_provider",
];

const ITEM_FIELDS = [
  "id",
  "status",
  "quantity",
  "price",
  "retail_price",
  "tax_rate",
  "discount_amount",
  "currency",
  "product",
  "tracking_number",
  "tracking_url",
  "shipping_company",
  "shipped_date",
  "delivered_date",
  "is_returnable",
  "is_cancellable",
  "is_refundable",
  "requestable_quantity",
  "cancel_blocked_by",
  "refund_blocked_by",
  "return_window_ends_at",
  "active_cancellation_requests",
  "easy_return_shipping_companies",
];

const TIMESTAMP = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{6}Z$/;
const CALENDAR_DATE = /^\d{4}-\d{2}-\d{2}$/;

type Json = Record<string, unknown>;
interface LookupBody {
  count: number;
  next: null;
  previous: null;
  results: Json[];
}

let database: Database;
let app: AppServer;

beforeAll(async () => {
  database = await openTestDatabase();
  app = await startAppServer({ keepForwardedFor: true });
});

afterAll(async () => {
  await app.close();
  await database.close();
});

function client() {
  return new ApiClient(app.url);
}

async function lookUp(body: unknown, headers: Record<string, string> = {}) {
  return client().post(LOOKUP_PATH, body, headers);
}

async function lookUpOrder(body: unknown, headers: Record<string, string> = {}) {
  const response = await lookUp(body, headers);
  expect(response.status).toBe(200);
  const json = (await response.json()) as LookupBody;
  expect(json.results).toHaveLength(1);
  return json.results[0] as Json;
}

function itemsOf(order: Json): Json[] {
  return order.orderitem_set as Json[];
}

/** Returns a fresh IPv6 address from the documentation range, so its rate limit key is unused. */
function uniqueClientAddress(): string {
  const hex = randomBytes(8).toString("hex");
  return `2001:db8::${hex.slice(0, 4)}:${hex.slice(4, 8)}:${hex.slice(8, 12)}:${hex.slice(12)}`;
}

describe("POST /users/orders/anonymous/", () => {
  it("returns every documented order field in order", async () => {
    const { email, number } = await createOrder(database.prisma);
    const response = await lookUp({ email, order: number });

    expect(response.status).toBe(200);
    const body = (await response.json()) as LookupBody;
    expect(Object.keys(body)).toEqual(["count", "next", "previous", "results"]);
    expect(body.count).toBe(1);
    expect(body.next).toBeNull();
    expect(body.previous).toBeNull();
    expect(Object.keys(body.results[0] as Json)).toEqual(ORDER_FIELDS);
  });

  it("returns every order item field in order", async () => {
    const { email, number } = await createOrder(database.prisma, {
      items: [{}, { deliveredDaysAgo: 2 }],
    });
    const order = await lookUpOrder({ email, order: number });

    expect(itemsOf(order)).toHaveLength(2);
    for (const item of itemsOf(order)) {
      expect(Object.keys(item)).toEqual(ITEM_FIELDS);
      expect(Object.keys(item.product as Json)).toEqual([
        "pk",
        "name",
        "sku",
        "base_code",
        "image",
        "attributes",
      ]);
    }
  });

  it("serializes the order's values and relations", async () => {
    const created = await createOrder(database.prisma, {
      items: [{ price: "109.99", quantity: 2 }],
    });
    const suffix = uniqueSuffix();
    const bank = await database.prisma.bank.create({
      data: { name: `Bank ${suffix}`, slug: `bank-${suffix}` },
    });
    await database.prisma.order.update({
      where: { id: created.order.id },
      data: {
        bankId: bank.id,
        shippingCompanyId: created.courier.id,
        discountAmount: "10",
        shippingTaxRate: "18",
        remoteAddr: "3.73.5.7",
        binNumber: "555555",
        basketId: 9901,
        cardId: 364,
        installmentId: 265,
        extraField: { gift: "wrapped" },
        discountItems: { create: { name: "Welcome", amount: "10", currency: "try" } },
        loyaltyTransactions: {
          create: { amount: "-5.5", currency: "try", reference: `ref-${suffix}` },
        },
      },
    });

    const order = await lookUpOrder({ email: created.email, order: created.number });

    expect(order.id).toBe(created.order.id);
    expect(order.number).toBe(created.number);
    expect(order.user_email).toBe(created.email);
    expect(order.status).toEqual({ value: ORDER_STATUS.approved, label: "Approved" });
    expect(order.currency).toEqual({ value: "try", label: "TL" });
    expect(order.amount).toBe("219.98");
    expect(order.amount_without_discount).toBe("219.98");
    expect(order.discount_amount).toBe("10.00");
    expect(order.shipping_amount).toBe("0.00");
    expect(order.shipping_tax_rate).toBe("18.00");
    expect(order.installment_interest_amount).toBe("0.00");
    expect(order.created_date).toMatch(TIMESTAMP);
    expect(order.modified_date).toMatch(TIMESTAMP);
    expect(order.invoice_date).toBeNull();
    expect(order.remote_addr).toBe("3.73.5.7");
    expect(order.extra_field).toEqual({ gift: "wrapped" });
    expect(order.user).toBe(created.user.id);
    expect(order.basket).toBe(9901);
    expect(order.card).toBe(364);
    expect(order.installment).toBe(265);
    expect(order.shipping_option).toBeNull();
    expect(order.is_cancelled).toBe(false);
    expect(order.is_payable).toBe(false);
    expect(order.is_cancellable).toBe(true);
    expect(order.is_refundable).toBe(false);
    expect(order.shipping_company).toEqual({
      value: created.courier.slug,
      label: created.courier.name,
    });
    expect(order.bank).toEqual({ id: bank.id, name: bank.name, slug: bank.slug, logo: null });
    expect(order.payment_option).toMatchObject({
      slug: "test-credit_card",
      payment_type: { value: "credit_card", label: "Credit card" },
    });
    expect(Object.keys(order.payment_option as Json)).toEqual([
      "id",
      "name",
      "slug",
      "payment_type",
    ]);

    const [discount] = order.discountitem_set as Json[];
    expect(discount).toMatchObject({
      name: "Welcome",
      amount: "10.00",
      currency: { value: "try", label: "TL" },
    });
    expect(discount?.created_date).toMatch(TIMESTAMP);
    const [loyalty] = order.loyaltytransaction_set as Json[];
    expect(loyalty).toMatchObject({ amount: "-5.50", reference: `ref-${suffix}` });
    expect(Object.keys(loyalty ?? {})).toEqual([
      "id",
      "amount",
      "currency",
      "reference",
      "created_date",
    ]);
  });

  it("serializes both addresses with city and country", async () => {
    const created = await createOrder(database.prisma);
    const order = await lookUpOrder({ email: created.email, order: created.number });

    expect(order.shipping_address).toEqual({
      id: created.shippingAddress.id,
      title: "Home",
      first_name: "Deniz",
      last_name: "Test",
      email: created.email,
      phone_number: "+90 555 010 0000",
      line: "Test Sokak 1",
      district: "Kadıköy",
      postcode: "34710",
      city: { id: created.shippingAddress.cityId, name: "Istanbul" },
      country: { code: "TR", name: "Türkiye" },
      is_corporate: false,
      company_name: null,
      tax_office: null,
      tax_no: null,
      identity_number: null,
    });
    expect((order.billing_address as Json).id).toBe(created.billingAddress.id);
    expect((order.billing_address as Json).line).toBe("Test Caddesi 2");
  });

  it("serializes an item's product, prices and eligibility", async () => {
    const created = await createOrder(database.prisma, {
      items: [{ price: "109.99", quantity: 3 }],
    });
    const order = await lookUpOrder({ email: created.email, order: created.number });
    const [item] = itemsOf(order);

    expect(item).toMatchObject({
      id: created.items[0]?.id,
      status: { value: ORDER_STATUS.approved, label: "Approved" },
      quantity: 3,
      price: "109.99",
      retail_price: "109.99",
      tax_rate: "0.00",
      discount_amount: "0.00",
      currency: { value: "try", label: "TL" },
      tracking_number: null,
      tracking_url: null,
      shipping_company: null,
      shipped_date: null,
      delivered_date: null,
      is_returnable: true,
      is_cancellable: true,
      is_refundable: false,
      requestable_quantity: 3,
      cancel_blocked_by: null,
      refund_blocked_by: "cancellation_request_100_4",
      return_window_ends_at: null,
      active_cancellation_requests: [],
    });
    expect(item?.product).toEqual({
      pk: 1000,
      name: "Test product 1",
      sku: created.items[0]?.productSku,
      base_code: null,
      image: null,
      attributes: {},
    });
  });

  it("lists easy-return couriers with slots and pickup dates", async () => {
    const created = await createOrder(database.prisma, { items: [{ deliveredDaysAgo: 1 }] });
    const order = await lookUpOrder({ email: created.email, order: created.number });
    const [item] = itemsOf(order);

    expect(item?.is_refundable).toBe(true);
    expect(item?.refund_blocked_by).toBeNull();
    expect(item?.cancel_blocked_by).toBe("cancellation_request_100_3");
    expect(item?.delivered_date).toMatch(TIMESTAMP);
    expect(item?.return_window_ends_at).toMatch(TIMESTAMP);

    const companies = item?.easy_return_shipping_companies as Json[];
    expect(companies).toHaveLength(1);
    const [company] = companies;
    expect(Object.keys(company ?? {})).toEqual([
      "id",
      "name",
      "slug",
      "pickup_slots",
      "pickup_horizon_days",
      "first_pickup_date",
      "last_pickup_date",
    ]);
    expect(company).toMatchObject({
      id: created.courier.id,
      slug: created.courier.slug,
      pickup_horizon_days: 7,
      pickup_slots: [
        { start: "09:00", end: "12:00" },
        { start: "12:00", end: "15:00" },
        { start: "15:00", end: "18:00" },
      ],
    });
    expect(company?.first_pickup_date).toMatch(CALENDAR_DATE);
    const first = Date.parse(`${String(company?.first_pickup_date)}T00:00:00Z`);
    const last = Date.parse(`${String(company?.last_pickup_date)}T00:00:00Z`);
    expect((last - first) / 86_400_000).toBe(6);
  });

  it("leaves out couriers without easy returns", async () => {
    const created = await createOrder(database.prisma, { items: [{ deliveredDaysAgo: 1 }] });
    const suffix = uniqueSuffix();
    await database.prisma.orderItem.update({
      where: { id: created.items[0]?.id },
      data: {
        easyReturnShippingCompanies: {
          create: { name: `Disabled ${suffix}`, slug: `disabled-${suffix}` },
        },
      },
    });

    const order = await lookUpOrder({ email: created.email, order: created.number });
    const companies = itemsOf(order)[0]?.easy_return_shipping_companies as Json[];

    expect(companies.map((company) => company.slug)).toEqual([created.courier.slug]);
  });

  it("lists active requests and subtracts their units", async () => {
    const created = await createOrder(database.prisma, { items: [{ quantity: 3 }] });
    const reason = await createReason(database.prisma, { type: "cancel" });
    const itemId = created.items[0]?.id ?? 0;
    const open = await database.prisma.cancellationRequest.create({
      data: {
        orderItemId: itemId,
        cancellationType: "cancel",
        reasonId: reason.id,
        quantity: 2,
        iban: "TR330006100519786457841326",
      },
    });
    await database.prisma.cancellationRequest.create({
      data: {
        orderItemId: itemId,
        cancellationType: "cancel",
        reasonId: reason.id,
        quantity: 1,
        status: "rejected",
      },
    });

    const order = await lookUpOrder({ email: created.email, order: created.number });
    const [item] = itemsOf(order);

    expect(item?.requestable_quantity).toBe(1);
    expect(item?.is_cancellable).toBe(true);
    const requests = item?.active_cancellation_requests as Json[];
    expect(requests).toHaveLength(1);
    expect(requests[0]).toMatchObject({
      id: open.id,
      uuid: open.uuid,
      status: { value: "open", label: "Open" },
      cancellation_type: "cancel",
      quantity: 2,
      order_item: itemId,
      reason: reason.id,
      iban: "TR33******************1326",
    });
  });

  it("blocks a cancel once every unit is requested", async () => {
    const created = await createOrder(database.prisma, { items: [{ quantity: 1 }] });
    const reason = await createReason(database.prisma, { type: "cancel" });
    await database.prisma.cancellationRequest.create({
      data: {
        orderItemId: created.items[0]?.id ?? 0,
        cancellationType: "cancel",
        reasonId: reason.id,
        quantity: 1,
      },
    });

    const order = await lookUpOrder({ email: created.email, order: created.number });
    const [item] = itemsOf(order);

    expect(item?.requestable_quantity).toBe(0);
    expect(item?.is_cancellable).toBe(false);
    expect(item?.cancel_blocked_by).toBe("cancellation_request_100_1");
    expect(order.is_cancellable).toBe(false);
  });

  it("blocks a cancel for an invoiced order", async () => {
    const created = await createOrder(database.prisma, { invoiced: true });
    const order = await lookUpOrder({ email: created.email, order: created.number });

    expect(order.invoice_number).toBe(created.order.invoiceNumber);
    expect(order.invoice_date).toMatch(TIMESTAMP);
    expect(itemsOf(order)[0]?.cancel_blocked_by).toBe("cancellation_request_100_7");
    expect(order.is_cancellable).toBe(false);
  });

  it("flags cancelled and payable orders", async () => {
    const cancelled = await createOrder(database.prisma, {
      status: ORDER_STATUS.cancelled,
      items: [{ status: ORDER_STATUS.cancelled }],
    });
    const payable = await createOrder(database.prisma, {
      status: ORDER_STATUS.payment_waiting,
      items: [{ status: ORDER_STATUS.payment_waiting }],
    });

    const cancelledOrder = await lookUpOrder({ email: cancelled.email, order: cancelled.number });
    expect(cancelledOrder.is_cancelled).toBe(true);
    expect(cancelledOrder.is_payable).toBe(false);
    expect(cancelledOrder.is_cancellable).toBe(false);
    expect(cancelledOrder.status).toEqual({ value: 100, label: "Cancelled" });
    expect(itemsOf(cancelledOrder)[0]?.requestable_quantity).toBe(0);

    const payableOrder = await lookUpOrder({ email: payable.email, order: payable.number });
    expect(payableOrder.is_payable).toBe(true);
    expect(payableOrder.is_cancelled).toBe(false);
    expect(payableOrder.status).toEqual({ value: 300, label: "Awaiting payment" });
  });

  it("labels statuses and currencies by Accept-Language", async () => {
    const created = await createOrder(database.prisma, { currency: "eur" });
    const cases = [
      { acceptLanguage: "tr-TR", status: "Onaylandı", payment: "Kredi kartı", language: "tr" },
      { acceptLanguage: "tr-tr", status: "Onaylandı", payment: "Kredi kartı", language: "tr" },
      {
        acceptLanguage: "en-US,en;q=0.9,tr;q=0.8",
        status: "Approved",
        payment: "Credit card",
        language: "en",
      },
      {
        acceptLanguage: "tr;q=0.9,en;q=0.5",
        status: "Onaylandı",
        payment: "Kredi kartı",
        language: "tr",
      },
      { acceptLanguage: "de-DE", status: "Approved", payment: "Credit card", language: "en" },
    ];

    for (const { acceptLanguage, status, payment, language } of cases) {
      const response = await lookUp(
        { email: created.email, order: created.number },
        { "accept-language": acceptLanguage },
      );
      expect(response.status, acceptLanguage).toBe(200);
      expect(response.headers.get("content-language"), acceptLanguage).toBe(language);
      const order = ((await response.json()) as LookupBody).results[0] as Json;
      expect(order.status, acceptLanguage).toEqual({ value: 400, label: status });
      expect(order.currency, acceptLanguage).toEqual({ value: "eur", label: "EUR" });
      expect((order.payment_option as Json).payment_type, acceptLanguage).toEqual({
        value: "credit_card",
        label: payment,
      });
      expect(itemsOf(order)[0]?.status, acceptLanguage).toEqual({ value: 400, label: status });
    }
  });

  it("matches the email ignoring case and spaces", async () => {
    const created = await createOrder(database.prisma, {
      email: `Mixed.Case-${uniqueSuffix()}@Example.com`,
    });

    for (const email of [
      created.email,
      created.email.toLowerCase(),
      `  ${created.email.toUpperCase()}\t`,
    ]) {
      const response = await lookUp({ email, order: created.number });
      expect(response.status, email).toBe(200);
    }
  });

  it("matches an order number typed with spaces", async () => {
    const created = await createOrder(database.prisma);
    const order = await lookUpOrder({ email: created.email, order: `  ${created.number} ` });

    expect(order.number).toBe(created.number);
  });

  it("accepts number as an alias of order", async () => {
    const created = await createOrder(database.prisma);
    const order = await lookUpOrder({ email: created.email, number: created.number });

    expect(order.id).toBe(created.order.id);
  });

  it("uses order when both order and number are sent", async () => {
    const created = await createOrder(database.prisma);
    const other = await createOrder(database.prisma);

    const order = await lookUpOrder({
      email: created.email,
      order: created.number,
      number: other.number,
    });
    expect(order.id).toBe(created.order.id);

    const ignoredAlias = await lookUp({
      email: created.email,
      order: created.number,
      number: "%%",
    });
    expect(ignoredAlias.status).toBe(200);
  });

  it("matches an underscore in the email literally", async () => {
    const created = await createOrder(database.prisma, {
      email: `under_score-${uniqueSuffix()}@example.com`,
    });

    const exact = await lookUp({ email: created.email, order: created.number });
    expect(exact.status).toBe(200);

    const wildcardMatch = await lookUp({
      email: created.email.replace("_", "x"),
      order: created.number,
    });
    expect(wildcardMatch.status).toBe(404);
  });

  it("answers every failed lookup with identical bytes", async () => {
    const guest = await createOrder(database.prisma);
    const registered = await createOrder(database.prisma, { userType: "registered" });
    const attempts = {
      wrongEmail: { email: `other-${uniqueSuffix()}@example.com`, order: guest.number },
      unknownNumber: { email: guest.email, order: uniqueOrderNumber() },
      registeredUser: { email: registered.email, order: registered.number },
    };

    const answers = [];
    for (const [name, body] of Object.entries(attempts)) {
      const response = await lookUp(body);
      answers.push({ name, status: response.status, text: await response.text() });
    }

    for (const answer of answers) {
      expect(answer.status, answer.name).toBe(404);
      expect(answer.text, answer.name).toBe(answers[0]?.text);
    }
    expect(JSON.parse(answers[0]?.text ?? "")).toEqual({
      non_field_errors: "No order matches this email address and order number.",
      error_code: "anonymous_order_100_1",
    });
  });

  // PGlite only, because there the test can count the statements its one connection runs.
  it.runIf(!isPostgresRun())("reads an order in two SQL round trips", async () => {
    const created = await createOrder(database.prisma, { items: [{}, { deliveredDaysAgo: 1 }] });
    const api = client();
    await api.ensureCsrfToken();
    const pglite = database.pglite!;
    const query = pglite.query.bind(pglite);
    const statements: string[] = [];
    pglite.query = ((sql: string, ...rest: never[]) => {
      statements.push(sql);
      return query(sql, ...rest);
    }) as typeof pglite.query;

    try {
      const response = await api.post(LOOKUP_PATH, { email: created.email, order: created.number });
      expect(response.status).toBe(200);
    } finally {
      pglite.query = query;
    }

    // About one lookup in a hundred also deletes expired counters after responding.
    const lookupStatements = statements.filter((sql) => !/^\s*DELETE/i.test(sql));
    expect(lookupStatements).toHaveLength(2);
    expect(lookupStatements[0]).toMatch(/INSERT INTO rate_limit_counters/);
    expect(lookupStatements[1]).toMatch(/FROM "public"."orders"/);
  });

  it("sets no session cookie for a failed lookup", async () => {
    const created = await createOrder(database.prisma);
    const api = client();
    const response = await api.post(LOOKUP_PATH, { email: "x@example.com", order: created.number });

    expect(response.status).toBe(404);
    expect(api.cookie(SESSION_COOKIE)).toBeUndefined();
  });

  describe("malformed values", () => {
    const cases: { name: string; body: unknown; errors: Record<string, string> }[] = [
      {
        name: "invalid email",
        body: { email: "not-an-email", order: "2745403029312170" },
        errors: { email: "Enter a valid email address." },
      },
      {
        name: "empty values",
        body: { email: "", order: "  " },
        errors: { email: "This field is required.", order: "This field is required." },
      },
      {
        name: "missing fields",
        body: {},
        errors: { email: "This field is required.", order: "This field is required." },
      },
      {
        name: "absurdly long values",
        body: { email: `${"a".repeat(300)}@example.com`, order: "1".repeat(65) },
        errors: {
          email: "Enter at most 254 characters.",
          order: "Enter at most 64 characters.",
        },
      },
      {
        name: "order number with symbols",
        body: { email: "guest@example.com", order: "1234' OR 1=1" },
        errors: { order: "Enter the order number using only letters, digits and dashes." },
      },
      {
        name: "malformed alias",
        body: { email: "guest@example.com", number: "12 34" },
        errors: { number: "Enter the order number using only letters, digits and dashes." },
      },
      {
        name: "wrong types",
        body: { email: 42, order: { number: "1" } },
        errors: { email: "Enter text.", order: "Enter text." },
      },
    ];

    for (const { name, body, errors } of cases) {
      it(`rejects ${name} without touching the database`, async () => {
        const address = uniqueClientAddress();
        const response = await lookUp(body, { "x-forwarded-for": address });

        expect(response.status).toBe(400);
        expect(await response.json()).toEqual(errors);
        const counter = await database.prisma.rateLimitCounter.findUnique({
          where: { key: `lookup:ip:${address}` },
        });
        expect(counter).toBeNull();
      });
    }

    it("translates field errors into Turkish", async () => {
      const response = await lookUp({ email: "nope", order: "" }, { "accept-language": "tr-TR" });

      expect(response.status).toBe(400);
      expect(await response.json()).toEqual({
        email: "Geçerli bir e-posta adresi girin.",
        order: "Bu alan zorunludur.",
      });
    });
  });

  describe("request checks", () => {
    it("rejects a missing CSRF token", async () => {
      const response = await fetch(`${app.url}${LOOKUP_PATH}`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ email: "guest@example.com", order: "1" }),
      });

      expect(response.status).toBe(403);
      expect(await response.json()).toEqual({
        non_field_errors: "CSRF token missing or incorrect. Reload the page and try again.",
        error_code: "csrf_100_1",
      });
    });

    it("rejects a POST from another site", async () => {
      const response = await lookUp(
        { email: "guest@example.com", order: "1" },
        { origin: "https://attacker.example" },
      );

      expect(response.status).toBe(403);
      expect(await response.json()).toEqual({
        non_field_errors: "Requests from other sites are not accepted.",
        error_code: "csrf_100_2",
      });
    });

    const bodies: {
      name: string;
      body: string;
      headers: Record<string, string>;
      status: number;
      code: string;
    }[] = [
      {
        name: "malformed JSON",
        body: '{"email": ',
        headers: {},
        status: 400,
        code: "request_100_1",
      },
      {
        name: "a wrong content type",
        body: "email=guest@example.com",
        headers: { "content-type": "application/x-www-form-urlencoded" },
        status: 415,
        code: "request_100_2",
      },
      { name: "an array body", body: "[]", headers: {}, status: 400, code: "request_100_4" },
      {
        name: "a huge body",
        body: JSON.stringify({
          email: "guest@example.com",
          order: "1",
          notes: "x".repeat(200_000),
        }),
        headers: {},
        status: 413,
        code: "request_100_3",
      },
    ];

    for (const { name, body, headers, status, code } of bodies) {
      it(`rejects ${name}`, async () => {
        const response = await lookUp(body, headers);

        expect(response.status).toBe(status);
        const json = (await response.json()) as Json;
        expect(json.error_code).toBe(code);
        expect(typeof json.non_field_errors).toBe("string");
      });
    }
  });

  describe("session cookie", () => {
    it("is signed, HttpOnly, SameSite=Lax and expiring", async () => {
      const created = await createOrder(database.prisma);
      const response = await lookUp({ email: created.email, order: created.number });

      expect(response.status).toBe(200);
      const line = response.headers
        .getSetCookie()
        .find((cookie) => cookie.startsWith(`${SESSION_COOKIE}=`));
      expect(line).toBeDefined();
      expect(line).toMatch(/;\s*HttpOnly/i);
      expect(line).toMatch(/;\s*SameSite=Lax/i);
      expect(line).toMatch(/;\s*Path=\/(;|$)/);
      expect(line).toMatch(/;\s*Max-Age=1800(;|$)/);
      expect(line).not.toMatch(/;\s*Secure/i);

      const value = line?.split(";")[0]?.slice(SESSION_COOKIE.length + 1);
      const session = readGuestSession(value);
      expect(session?.orderIds).toEqual([created.order.id]);
      expect(readGuestSession(`${value}x`)).toBeNull();
    });

    it("keeps earlier proven orders", async () => {
      const first = await createOrder(database.prisma);
      const second = await createOrder(database.prisma);
      const api = client();

      await api.post(LOOKUP_PATH, { email: first.email, order: first.number });
      await api.post(LOOKUP_PATH, { email: second.email, order: second.number });

      const session = readGuestSession(api.cookie(SESSION_COOKIE));
      expect(session?.orderIds).toEqual([second.order.id, first.order.id]);
    });

    it("is Secure behind HTTPS", async () => {
      const created = await createOrder(database.prisma);
      const response = await lookUp(
        { email: created.email, order: created.number },
        { "x-forwarded-proto": "https" },
      );

      const line = response.headers
        .getSetCookie()
        .find((cookie) => cookie.startsWith(`${SESSION_COOKIE}=`));
      expect(line).toMatch(/;\s*Secure/i);
    });
  });
});
