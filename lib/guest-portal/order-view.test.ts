import { describe, expect, it } from "vitest";

import { groupIntoShipments, unavailableReason, type SerializedOrderItem } from "./order-view";

function item(overrides: Partial<SerializedOrderItem>): SerializedOrderItem {
  return {
    id: 1,
    tracking_number: null,
    tracking_url: null,
    shipping_company: null,
    is_cancellable: false,
    is_refundable: false,
    cancel_blocked_by: null,
    refund_blocked_by: null,
    ...overrides,
  } as SerializedOrderItem;
}

describe("groupIntoShipments", () => {
  it("groups items by tracking number in list order", () => {
    const shipments = groupIntoShipments([
      item({ id: 1, tracking_number: "A" }),
      item({ id: 2, tracking_number: null }),
      item({ id: 3, tracking_number: "A" }),
      item({ id: 4, tracking_number: "B" }),
    ]);
    expect(shipments.map((shipment) => shipment.trackingNumber)).toEqual(["A", null, "B"]);
    expect(shipments[0]?.items.map((entry) => entry.id)).toEqual([1, 3]);
  });
});

describe("unavailableReason", () => {
  it("returns null when a request is offered", () => {
    expect(unavailableReason(item({ is_cancellable: true }))).toBeNull();
  });

  it("explains a shipped item with the cancel blocker", () => {
    const shipped = item({
      cancel_blocked_by: "cancellation_request_100_3",
      refund_blocked_by: "cancellation_request_100_4",
    });
    expect(unavailableReason(shipped)).toBe("cancellation_request_100_3");
  });

  it("explains a delivered item with the return blocker", () => {
    const late = item({
      cancel_blocked_by: "cancellation_request_100_3",
      refund_blocked_by: "cancellation_request_100_5",
    });
    expect(unavailableReason(late)).toBe("cancellation_request_100_5");
  });

  it("explains an invoiced item with the cancel blocker", () => {
    const invoiced = item({
      cancel_blocked_by: "cancellation_request_100_7",
      refund_blocked_by: "cancellation_request_100_4",
    });
    expect(unavailableReason(invoiced)).toBe("cancellation_request_100_7");
  });
});
