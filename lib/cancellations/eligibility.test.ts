import { describe, expect, it } from "vitest";

import { ORDER_STATUS } from "@/lib/orders/status";

import {
  evaluateEligibility,
  readReturnWindowDays,
  returnWindowEnd,
  type EligibilityInput,
} from "./eligibility";

const NOW = new Date("2024-03-10T09:00:00Z");

function item(overrides: Partial<EligibilityInput> = {}): EligibilityInput {
  return {
    status: ORDER_STATUS.approved,
    quantity: 3,
    deliveredDate: null,
    isReturnable: true,
    invoiced: false,
    reservedQuantity: 0,
    ...overrides,
  };
}

function delivered(overrides: Partial<EligibilityInput> = {}): EligibilityInput {
  return item({
    status: ORDER_STATUS.delivered,
    deliveredDate: new Date("2024-03-05T10:00:00Z"),
    ...overrides,
  });
}

describe("evaluateEligibility: cancel", () => {
  it.each([
    ["waiting", ORDER_STATUS.waiting],
    ["payment_waiting", ORDER_STATUS.payment_waiting],
    ["confirmation_waiting", ORDER_STATUS.confirmation_waiting],
    ["approved", ORDER_STATUS.approved],
    ["preparing", ORDER_STATUS.preparing],
  ])("allows %s", (_name, status) => {
    const result = evaluateEligibility(item({ status }), NOW);
    expect(result.isCancellable).toBe(true);
    expect(result.cancelBlockedBy).toBeUndefined();
  });

  it.each([
    ["shipped", ORDER_STATUS.shipped],
    ["shipped_and_informed", ORDER_STATUS.shipped_and_informed],
    ["ready_for_pickup", ORDER_STATUS.ready_for_pickup],
    ["attempted_delivery", ORDER_STATUS.attempted_delivery],
    ["delivered", ORDER_STATUS.delivered],
  ])("sends %s to a return", (_name, status) => {
    const result = evaluateEligibility(item({ status }), NOW);
    expect(result.isCancellable).toBe(false);
    expect(result.cancelBlockedBy).toBe("cancellation_request_100_3");
  });

  it.each([
    ["cancellation_waiting", ORDER_STATUS.cancellation_waiting],
    ["cancelled", ORDER_STATUS.cancelled],
    ["review_started", ORDER_STATUS.review_started],
    ["review_waiting", ORDER_STATUS.review_waiting],
    ["refunded", ORDER_STATUS.refunded],
    ["an unknown status", 999],
  ])("rejects %s", (_name, status) => {
    expect(evaluateEligibility(item({ status }), NOW).cancelBlockedBy).toBe(
      "cancellation_request_100_2",
    );
  });

  it("rejects an invoiced order", () => {
    expect(evaluateEligibility(item({ invoiced: true }), NOW).cancelBlockedBy).toBe(
      "cancellation_request_100_7",
    );
  });

  it("prefers the shipped error over the invoice", () => {
    const shipped = item({ status: ORDER_STATUS.shipped, invoiced: true });
    expect(evaluateEligibility(shipped, NOW).cancelBlockedBy).toBe("cancellation_request_100_3");
  });

  it("rejects an item with every unit reserved", () => {
    const result = evaluateEligibility(item({ reservedQuantity: 3 }), NOW);
    expect(result.requestableQuantity).toBe(0);
    expect(result.cancelBlockedBy).toBe("cancellation_request_100_1");
  });

  it("counts the units left", () => {
    expect(evaluateEligibility(item({ reservedQuantity: 1 }), NOW).requestableQuantity).toBe(2);
  });

  it("never reports negative units", () => {
    expect(evaluateEligibility(item({ reservedQuantity: 5 }), NOW).requestableQuantity).toBe(0);
  });
});

describe("evaluateEligibility: refund", () => {
  it("allows a delivered returnable item inside the window", () => {
    const result = evaluateEligibility(delivered(), NOW);
    expect(result.isRefundable).toBe(true);
    expect(result.refundBlockedBy).toBeUndefined();
  });

  it("allows an invoiced order", () => {
    expect(evaluateEligibility(delivered({ invoiced: true }), NOW).isRefundable).toBe(true);
  });

  it.each([
    ["approved", ORDER_STATUS.approved],
    ["preparing", ORDER_STATUS.preparing],
    ["shipped", ORDER_STATUS.shipped],
    ["attempted_delivery", ORDER_STATUS.attempted_delivery],
  ])("rejects %s as not yet delivered", (_name, status) => {
    expect(evaluateEligibility(item({ status }), NOW).refundBlockedBy).toBe(
      "cancellation_request_100_4",
    );
  });

  it.each([
    ["cancelled", ORDER_STATUS.cancelled],
    ["review_started", ORDER_STATUS.review_started],
    ["refunded", ORDER_STATUS.refunded],
  ])("rejects %s", (_name, status) => {
    expect(evaluateEligibility(item({ status }), NOW).refundBlockedBy).toBe(
      "cancellation_request_100_2",
    );
  });

  it("rejects a product that is not returnable", () => {
    expect(evaluateEligibility(delivered({ isReturnable: false }), NOW).refundBlockedBy).toBe(
      "cancellation_request_100_6",
    );
  });

  it("rejects a delivered item without a delivery date", () => {
    expect(evaluateEligibility(delivered({ deliveredDate: null }), NOW).refundBlockedBy).toBe(
      "cancellation_request_100_5",
    );
  });

  it("rejects an item with every unit reserved", () => {
    expect(evaluateEligibility(delivered({ reservedQuantity: 3 }), NOW).refundBlockedBy).toBe(
      "cancellation_request_100_1",
    );
  });

  it("closes the window at the store's midnight after day 14", () => {
    // Delivered at 13:00 on 1 March in Istanbul (UTC+3); the window ends when 16 March begins
    // there, at 21:00 UTC on 15 March.
    const deliveredItem = delivered({ deliveredDate: new Date("2024-03-01T10:00:00Z") });
    expect(evaluateEligibility(deliveredItem, new Date("2024-03-15T20:59:59Z")).isRefundable).toBe(
      true,
    );
    expect(
      evaluateEligibility(deliveredItem, new Date("2024-03-15T21:00:00Z")).refundBlockedBy,
    ).toBe("cancellation_request_100_5");
  });

  it("reports when the window ends", () => {
    const result = evaluateEligibility(delivered(), NOW);
    expect(result.returnWindowEndsAt?.toISOString()).toBe("2024-03-19T21:00:00.000Z");
  });

  it("reports no window before delivery", () => {
    expect(evaluateEligibility(item(), NOW).returnWindowEndsAt).toBeNull();
  });
});

describe("returnWindowEnd", () => {
  it("counts from the delivery day in the store's calendar", () => {
    // 22:30 UTC on 1 March is already 2 March in Istanbul.
    expect(returnWindowEnd(new Date("2024-03-01T22:30:00Z"), "Europe/Istanbul").toISOString()).toBe(
      "2024-03-16T21:00:00.000Z",
    );
    expect(returnWindowEnd(new Date("2024-03-01T22:30:00Z"), "UTC").toISOString()).toBe(
      "2024-03-16T00:00:00.000Z",
    );
  });

  it("follows a daylight saving change", () => {
    // Berlin moves from UTC+1 to UTC+2 on 31 March 2024, so midnight on 2 April is 22:00 UTC.
    expect(returnWindowEnd(new Date("2024-03-18T12:00:00Z"), "Europe/Berlin").toISOString()).toBe(
      "2024-04-01T22:00:00.000Z",
    );
  });
});

describe("readReturnWindowDays", () => {
  it("defaults to 14", () => {
    expect(readReturnWindowDays(undefined)).toBe(14);
    expect(readReturnWindowDays("")).toBe(14);
  });

  it("reads whole days", () => {
    expect(readReturnWindowDays("30")).toBe(30);
    expect(readReturnWindowDays("0")).toBe(0);
  });

  it.each(["abc", "-1", "1.5", "Infinity"])("rejects %s", (value) => {
    expect(() => readReturnWindowDays(value)).toThrow(/RETURN_WINDOW_DAYS/);
  });
});
