import { describe, expect, it } from "vitest";

import {
  buildBulkRequest,
  chosenItems,
  defaultRequestValues,
  formFieldFor,
  validateRequestForm,
  type RequestFormValues,
} from "./request-form";
import type { RequestFlowOrder, RequestReason, RequestableItem } from "./request-view";

const courier = {
  id: 7,
  name: "Anadolu Kargo",
  slots: [
    { start: "09:00", end: "12:00" },
    { start: "12:00", end: "15:00" },
  ],
  firstDate: "2026-03-10",
  lastDate: "2026-03-16",
};

function item(overrides: Partial<RequestableItem>): RequestableItem {
  return {
    id: 1,
    name: "Towel",
    image: null,
    attributes: [],
    price: "10.00",
    currency: "try",
    statusLabel: "Approved",
    quantity: 3,
    requestableQuantity: 3,
    type: "cancel",
    blockedBy: null,
    companies: [],
    ...overrides,
  };
}

const order: RequestFlowOrder = {
  number: "7310500000000002",
  currency: "try",
  needsIban: true,
  addresses: [{ id: 40, title: "Home", summary: "Street 1, İzmir" }],
  items: [
    item({ id: 11, name: "Towel", type: "cancel", requestableQuantity: 2 }),
    item({
      id: 12,
      name: "Mug",
      type: "refund",
      quantity: 1,
      requestableQuantity: 1,
      companies: [courier],
    }),
    item({ id: 13, name: "Ring", type: null, blockedBy: "cancellation_request_100_6" }),
  ],
};

const reasons: RequestReason[] = [
  { id: 1, subject: "Changed my mind", type: "cancel", extraInformationNeeded: false },
  { id: 2, subject: "Other", type: "cancel", extraInformationNeeded: true },
  { id: 3, subject: "Wrong size", type: "refund", extraInformationNeeded: false },
];

function values(overrides: Partial<RequestFormValues> = {}): RequestFormValues {
  return {
    ...defaultRequestValues(order),
    items: [
      { selected: true, quantity: "2" },
      { selected: true, quantity: "1" },
      { selected: true, quantity: "1" },
    ],
    cancelReason: "1",
    refundReason: "3",
    pickupDate: "2026-03-11",
    pickupSlot: "12:00-15:00",
    iban: "TR33 0006 1005 1978 6457 8413 26",
    holderName: "Deniz Test",
    ...overrides,
  };
}

describe("defaultRequestValues", () => {
  it("preselects the only courier and first address", () => {
    const defaults = defaultRequestValues(order);
    expect(defaults.shippingCompany).toBe("7");
    expect(defaults.pickupAddress).toBe("40");
    expect(defaults.items).toHaveLength(3);
  });
});

describe("chosenItems", () => {
  it("skips items that offer nothing", () => {
    const chosen = chosenItems(values(), order);
    expect(chosen.map((entry) => entry.item.id)).toEqual([11, 12]);
    expect(chosen.map((entry) => entry.index)).toEqual([0, 1]);
  });
});

describe("buildBulkRequest", () => {
  it("gives each type its own details", () => {
    const form = values();
    const body = buildBulkRequest(form, chosenItems(form, order), order);
    const [cancel, refund] = body.cancel_order_items;

    expect(cancel).toEqual({
      order_item: 11,
      cancellation_type: "cancel",
      quantity: 2,
      reason: 1,
      description: undefined,
    });
    expect(refund).toMatchObject({
      order_item: 12,
      cancellation_type: "refund",
      reason: 3,
      shipping_company: 7,
      pickup_address: 40,
      pickup_date: { date: "2026-03-11", hour_range: { start: "12:00", end: "15:00" } },
      fully_refund_as_loyalty_money: false,
      iban: "TR33 0006 1005 1978 6457 8413 26",
      holder_name: "Deniz Test",
    });
  });

  it("leaves the IBAN out for loyalty money", () => {
    const form = values({ refundMethod: "loyalty" });
    const [, refund] = buildBulkRequest(form, chosenItems(form, order), order).cancel_order_items;
    expect(refund?.fully_refund_as_loyalty_money).toBe(true);
    expect(refund?.iban).toBeUndefined();
    expect(refund?.holder_name).toBeUndefined();
  });
});

describe("validateRequestForm", () => {
  it("accepts a complete form", () => {
    expect([...validateRequestForm(values(), order, reasons)]).toEqual([]);
  });

  it("rejects more units than requestable", () => {
    const errors = validateRequestForm(
      values({
        items: [
          { selected: true, quantity: "3" },
          { selected: false, quantity: "1" },
        ],
      }),
      order,
      reasons,
    );
    expect(errors.get("items.0.quantity")).toBe('validation.too_big|{"maximum":2}');
  });

  it("requires a reason per chosen type", () => {
    const errors = validateRequestForm(
      values({ cancelReason: "", refundReason: "" }),
      order,
      reasons,
    );
    expect(errors.get("cancelReason")).toBe("validation.required");
    expect(errors.get("refundReason")).toBe("validation.required");
  });

  it("requires a description when the reason says so", () => {
    const errors = validateRequestForm(values({ cancelReason: "2" }), order, reasons);
    expect(errors.get("cancelDescription")).toBe("validation.required");
  });

  it("rejects a date outside the courier's range", () => {
    const errors = validateRequestForm(values({ pickupDate: "2026-03-20" }), order, reasons);
    expect(errors.get("pickupDate")).toBe("validation.invalid_date");
  });

  it("reports only the courier until one is chosen", () => {
    const form = values({ shippingCompany: "", pickupDate: "", pickupSlot: "" });
    const errors = validateRequestForm(form, order, reasons);
    expect(errors.get("shippingCompany")).toBe("validation.required");
    expect(errors.has("pickupDate")).toBe(false);
    expect(errors.has("pickupSlot")).toBe(false);
  });

  it("requires date and slot once a courier is chosen", () => {
    const errors = validateRequestForm(values({ pickupDate: "", pickupSlot: "" }), order, reasons);
    expect(errors.get("pickupDate")).toBe("validation.required");
    expect(errors.get("pickupSlot")).toBe("validation.required");
  });

  it("rejects a slot the courier does not offer", () => {
    const errors = validateRequestForm(values({ pickupSlot: "18:00-21:00" }), order, reasons);
    expect(errors.has("pickupSlot")).toBe(true);
  });

  it("reports a wrong IBAN digit from the API schema", () => {
    const errors = validateRequestForm(
      values({ iban: "TR33 0006 1005 1978 6457 8413 27" }),
      order,
      reasons,
    );
    expect(errors.get("iban")).toBe("validation.invalid_iban");
  });

  it("needs no IBAN for loyalty money", () => {
    const errors = validateRequestForm(
      values({ refundMethod: "loyalty", iban: "", holderName: "" }),
      order,
      reasons,
    );
    expect([...errors]).toEqual([]);
  });
});

describe("formFieldFor", () => {
  const [cancel, refund] = chosenItems(values(), order);

  it.each([
    ["quantity", "items.0.quantity"],
    ["reason", "cancelReason"],
    ["description", "cancelDescription"],
    ["order_item", "items.0.selected"],
    ["non_field_errors", "items.0.selected"],
  ])("maps cancel %s to %s", (apiField, formField) => {
    expect(formFieldFor(cancel!, apiField)).toBe(formField);
  });

  it.each([
    ["reason", "refundReason"],
    ["shipping_company", "shippingCompany"],
    ["pickup_address", "pickupAddress"],
    ["pickup_date", "pickupDate"],
    ["pickup_date.date", "pickupDate"],
    ["pickup_date.hour_range", "pickupSlot"],
    ["pickup_date.hour_range.start", "pickupSlot"],
    ["iban", "iban"],
    ["holder_name", "holderName"],
  ])("maps return %s to %s", (apiField, formField) => {
    expect(formFieldFor(refund!, apiField)).toBe(formField);
  });
});
