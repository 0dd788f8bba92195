import { describe, expect, it } from "vitest";
import { z } from "zod";

import { decodeMessageRef, fieldErrorsFromZod, messageKeyErrorMap } from "./messages";

function firstError(schema: z.ZodType, value: unknown) {
  const result = schema.safeParse(value, { error: messageKeyErrorMap });
  if (result.success) throw new Error(`expected ${JSON.stringify(value)} to be rejected`);
  return fieldErrorsFromZod(result.error);
}

describe("messageKeyErrorMap", () => {
  const body = z.object({
    email: z.email().max(254),
    quantity: z.int().min(1).max(99),
    amount: z.number().positive(),
    share: z.number().lt(1),
    kind: z.enum(["cancel", "refund"]),
    items: z.array(z.string()).min(1).max(2),
  });
  const valid = {
    email: "a@example.com",
    quantity: 1,
    amount: 1,
    share: 0.5,
    kind: "cancel",
    items: ["x"],
  };

  it.each([
    [{ email: undefined }, "email", { key: "validation.required" }],
    [{ email: "nope" }, "email", { key: "validation.invalid_email" }],
    [
      { email: `${"a".repeat(250)}@example.com` },
      "email",
      { key: "validation.too_long", values: { maximum: 254 } },
    ],
    [{ quantity: "2" }, "quantity", { key: "validation.expected_number" }],
    [{ quantity: 1.5 }, "quantity", { key: "validation.expected_integer" }],
    [{ quantity: 0 }, "quantity", { key: "validation.too_small", values: { minimum: 1 } }],
    [{ quantity: 100 }, "quantity", { key: "validation.too_big", values: { maximum: 99 } }],
    [{ amount: 0 }, "amount", { key: "validation.must_be_greater", values: { minimum: 0 } }],
    [{ share: 1 }, "share", { key: "validation.must_be_less", values: { maximum: 1 } }],
    [
      { kind: "swap" },
      "kind",
      { key: "validation.invalid_choice", values: { options: "cancel, refund" } },
    ],
    [{ items: [] }, "items", { key: "validation.too_few_items", values: { minimum: 1 } }],
    [
      { items: ["a", "b", "c"] },
      "items",
      { key: "validation.too_many_items", values: { maximum: 2 } },
    ],
  ])("maps %j to a message key", (change, field, expected) => {
    expect(firstError(body, { ...valid, ...change })[field]).toEqual(expected);
  });

  it("names nested fields by their path", () => {
    const schema = z.object({ pickup_date: z.object({ date: z.string() }) });
    expect(firstError(schema, { pickup_date: { date: 5 } })).toEqual({
      "pickup_date.date": { key: "validation.expected_string" },
    });
  });
});

describe("decodeMessageRef", () => {
  it("reads a key with values", () => {
    expect(decodeMessageRef('validation.too_long|{"maximum":5}')).toEqual({
      key: "validation.too_long",
      values: { maximum: 5 },
    });
  });

  it("replaces a message that is not a key", () => {
    expect(decodeMessageRef("Invalid input")).toEqual({ key: "validation.invalid" });
  });

  it("keeps the key when the values are malformed", () => {
    expect(decodeMessageRef("validation.too_long|{oops")).toEqual({ key: "validation.too_long" });
  });
});
