import { describe, expect, it } from "vitest";

import { fieldErrorsFromZod, messageKeyErrorMap } from "@/lib/validation/messages";

import { bulkCancellationRequestSchema, cancellationRequestSchema } from "./cancellation-schema";

const MINIMAL = { order_item: 12, reason: 3, cancellation_type: "cancel" };

function errorsOf(body: unknown): Record<string, string> {
  const parsed = cancellationRequestSchema.safeParse(body, { error: messageKeyErrorMap });
  if (parsed.success) return {};
  return Object.fromEntries(
    Object.entries(fieldErrorsFromZod(parsed.error)).map(([field, ref]) => [field, ref.key]),
  );
}

describe("cancellationRequestSchema", () => {
  it("accepts the minimal body", () => {
    expect(cancellationRequestSchema.parse(MINIMAL)).toEqual({
      ...MINIMAL,
      fully_refund_as_loyalty_money: false,
    });
  });

  it("reads null as absent", () => {
    const parsed = cancellationRequestSchema.parse({
      ...MINIMAL,
      quantity: null,
      description: null,
      pickup_date: null,
      iban: null,
      fully_refund_as_loyalty_money: null,
    });
    expect(parsed.quantity).toBeUndefined();
    expect(parsed.description).toBeUndefined();
    expect(parsed.pickup_date).toBeUndefined();
    expect(parsed.iban).toBeUndefined();
    expect(parsed.fully_refund_as_loyalty_money).toBe(false);
  });

  it("reads blank text as absent", () => {
    const parsed = cancellationRequestSchema.parse({
      ...MINIMAL,
      description: "   ",
      holder_name: "",
      iban: " ",
    });
    expect(parsed.description).toBeUndefined();
    expect(parsed.holder_name).toBeUndefined();
    expect(parsed.iban).toBeUndefined();
  });

  it("normalizes the IBAN", () => {
    const parsed = cancellationRequestSchema.parse({
      ...MINIMAL,
      iban: "tr33 0006 1005 1978 6457 8413 26",
    });
    expect(parsed.iban).toBe("TR330006100519786457841326");
  });

  it.each([
    [{ quantity: 0 }, { quantity: "validation.too_small" }],
    [{ quantity: 1.5 }, { quantity: "validation.expected_integer" }],
    [{ quantity: "2" }, { quantity: "validation.expected_number" }],
    [{ order_item: 0 }, { order_item: "validation.too_small" }],
    [{ order_item: 2_147_483_648 }, { order_item: "validation.too_big" }],
    [{ cancellation_type: "return" }, { cancellation_type: "validation.invalid_choice" }],
    [{ iban: "TR330006100519786457841327" }, { iban: "validation.invalid_iban" }],
    [{ description: "x".repeat(1001) }, { description: "validation.too_long" }],
    [{ email: "a@example.com" }, { number: "validation.required" }],
    [{ number: "123" }, { email: "validation.required" }],
    [{ email: "nope", number: "1" }, { email: "validation.invalid_email" }],
  ])("rejects %j", (change, expected) => {
    expect(errorsOf({ ...MINIMAL, ...change })).toEqual(expected);
  });

  it.each([
    [{ date: "2025-02-29", hour_range: { start: "09:00", end: "12:00" } }, "pickup_date.date"],
    [
      { date: "2025-01-05", hour_range: { start: "9:00", end: "12:00" } },
      "pickup_date.hour_range.start",
    ],
    [
      { date: "2025-01-05", hour_range: { start: "12:00", end: "09:00" } },
      "pickup_date.hour_range",
    ],
  ])("rejects pickup date %j", (pickupDate, field) => {
    expect(Object.keys(errorsOf({ ...MINIMAL, pickup_date: pickupDate }))).toEqual([field]);
  });

  it("accepts a leap day", () => {
    const pickupDate = { date: "2028-02-29", hour_range: { start: "09:00", end: "12:00" } };
    expect(errorsOf({ ...MINIMAL, pickup_date: pickupDate })).toEqual({});
  });
});

describe("bulkCancellationRequestSchema", () => {
  it("accepts 1 to 50 items", () => {
    for (const count of [1, 50]) {
      const body = { cancel_order_items: Array.from({ length: count }, () => MINIMAL) };
      expect(bulkCancellationRequestSchema.safeParse(body).success).toBe(true);
    }
  });

  it("rejects 0 and 51 items", () => {
    for (const count of [0, 51]) {
      const body = { cancel_order_items: Array.from({ length: count }, () => MINIMAL) };
      expect(bulkCancellationRequestSchema.safeParse(body).success).toBe(false);
    }
  });
});
