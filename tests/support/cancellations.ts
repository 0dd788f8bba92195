import type { PrismaClient } from "@/lib/generated/prisma/client";
import { addDays, calendarDateIn, formatCalendarDate } from "@/lib/time/store-time";

import type { ApiClient } from "./api-client";
import { createReason, type createOrder } from "./factories";

// Shared pieces of the cancellation API tests: paths, request bodies built from factory rows,
// and row counts that show whether a request wrote anything.

export const SINGLE_PATH = "/users/orders/anonymous/cancellation_requests/";
export const BULK_PATH = "/users/orders/anonymous/bulk_cancellation_requests/";
export const LOOKUP_PATH = "/users/orders/anonymous/";

export type OrderFixture = Awaited<ReturnType<typeof createOrder>>;

export interface JsonResponse {
  status: number;
  body: unknown;
  text: string;
  headers: Headers;
}

/** POSTs `body` through the client and parses the JSON response. */
export async function postJson(
  client: ApiClient,
  path: string,
  body: unknown,
  headers: Record<string, string> = {},
): Promise<JsonResponse> {
  const response = await client.post(path, body, headers);
  const text = await response.text();
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    parsed = text;
  }
  return { status: response.status, body: parsed, text, headers: response.headers };
}

/** Returns the store's calendar date `days` from today, as "YYYY-MM-DD". */
export function storeDate(days: number): string {
  return formatCalendarDate(addDays(calendarDateIn(new Date()), days));
}

export interface TestReasons {
  cancel: number;
  refund: number;
  cancelNeedsDescription: number;
  refundNeedsDescription: number;
  inactiveCancel: number;
}

export async function createTestReasons(prisma: PrismaClient): Promise<TestReasons> {
  const [cancel, refund, cancelNeedsDescription, refundNeedsDescription, inactiveCancel] =
    await Promise.all([
      createReason(prisma, { type: "cancel" }),
      createReason(prisma, { type: "refund" }),
      createReason(prisma, { type: "cancel", extraInformationNeeded: true }),
      createReason(prisma, { type: "refund", extraInformationNeeded: true }),
      createReason(prisma, { type: "cancel", isActive: false }),
    ]);
  return {
    cancel: cancel.id,
    refund: refund.id,
    cancelNeedsDescription: cancelNeedsDescription.id,
    refundNeedsDescription: refundNeedsDescription.id,
    inactiveCancel: inactiveCancel.id,
  };
}

/** Builds a cancel request for the fixture's item, carrying the order's credentials. */
export function cancelBody(
  fixture: OrderFixture,
  reason: number,
  overrides: Record<string, unknown> = {},
  itemIndex = 0,
): Record<string, unknown> {
  return {
    order_item: fixture.items[itemIndex]?.id,
    reason,
    cancellation_type: "cancel",
    email: fixture.email,
    number: fixture.number,
    ...overrides,
  };
}

/** Builds a complete return request for the fixture's item, picked up tomorrow 09:00–12:00. */
export function refundBody(
  fixture: OrderFixture,
  reason: number,
  overrides: Record<string, unknown> = {},
  itemIndex = 0,
): Record<string, unknown> {
  return {
    order_item: fixture.items[itemIndex]?.id,
    reason,
    cancellation_type: "refund",
    shipping_company: fixture.courier.id,
    pickup_address: fixture.shippingAddress.id,
    pickup_date: { date: storeDate(1), hour_range: { start: "09:00", end: "12:00" } },
    email: fixture.email,
    number: fixture.number,
    ...overrides,
  };
}

/** Counts the cancellation requests and easy returns on the given order items. */
export async function countWrites(
  prisma: PrismaClient,
  fixtures: OrderFixture[],
): Promise<{ requests: number; easyReturns: number }> {
  const itemIds = fixtures.flatMap((fixture) => fixture.items.map((item) => item.id));
  const [requests, easyReturns] = await Promise.all([
    prisma.cancellationRequest.count({ where: { orderItemId: { in: itemIds } } }),
    prisma.easyReturn.count({
      where: { cancellationRequests: { some: { orderItemId: { in: itemIds } } } },
    }),
  ]);
  return { requests, easyReturns };
}
