import { describe, expect, it } from "vitest";

import { fieldErrorsFromZod, messageKeyErrorMap } from "@/lib/validation/messages";

import { guestOrderLookupRequestSchema, guestOrderLookupSchema } from "./lookup-schema";

function parseRequest(body: unknown) {
  const parsed = guestOrderLookupRequestSchema.safeParse(body, { error: messageKeyErrorMap });
  return parsed.success
    ? { data: parsed.data }
    : { errors: fieldErrorsFromZod(parsed.error) as Record<string, { key: string }> };
}

describe("guestOrderLookupRequestSchema", () => {
  it("trims the email and the order number", () => {
    expect(parseRequest({ email: "  Guest@Example.com ", order: " 2745403029312170\n" })).toEqual({
      data: { email: "Guest@Example.com", order: "2745403029312170" },
    });
  });

  it("accepts number as an alias of order", () => {
    expect(parseRequest({ email: "guest@example.com", number: "A-1" })).toEqual({
      data: { email: "guest@example.com", order: "A-1" },
    });
  });

  it("prefers order over number", () => {
    expect(parseRequest({ email: "guest@example.com", order: "1", number: "2" }).data?.order).toBe(
      "1",
    );
    expect(parseRequest({ email: "guest@example.com", order: "1", number: "!" }).data?.order).toBe(
      "1",
    );
  });

  it("falls back to number when order is null", () => {
    expect(parseRequest({ email: "guest@example.com", order: null, number: "2" }).data?.order).toBe(
      "2",
    );
  });

  it("reports a malformed alias under number", () => {
    expect(parseRequest({ email: "guest@example.com", number: "1 2" }).errors).toEqual({
      number: { key: "validation.invalid_order_number" },
    });
  });

  it("reports both missing fields at once", () => {
    expect(parseRequest({}).errors).toEqual({
      email: { key: "validation.required" },
      order: { key: "validation.required" },
    });
  });

  it.each([
    [
      "an email without a domain",
      { email: "guest@", order: "1" },
      "email",
      "validation.invalid_email",
    ],
    ["an empty email", { email: "   ", order: "1" }, "email", "validation.required"],
    [
      "a long email",
      { email: `${"a".repeat(250)}@example.com`, order: "1" },
      "email",
      "validation.too_long",
    ],
    [
      "a long order number",
      { email: "a@example.com", order: "9".repeat(65) },
      "order",
      "validation.too_long",
    ],
    [
      "an order number with a slash",
      { email: "a@example.com", order: "12/3" },
      "order",
      "validation.invalid_order_number",
    ],
    [
      "a numeric order number",
      { email: "a@example.com", order: 2745403029312170 },
      "order",
      "validation.expected_string",
    ],
  ])("rejects %s", (_name, body, field, key) => {
    expect(parseRequest(body).errors?.[field]?.key).toBe(key);
  });

  it("rejects a body that is not an object", () => {
    expect(parseRequest([]).errors).toBeDefined();
  });
});

describe("guestOrderLookupSchema", () => {
  it("validates the form's two fields", () => {
    const parsed = guestOrderLookupSchema.safeParse({ email: " a@example.com", order: "12 " });
    expect(parsed.success).toBe(true);
    expect(parsed.data).toEqual({ email: "a@example.com", order: "12" });
    expect(guestOrderLookupSchema.safeParse({ email: "a@example.com", number: "12" }).success).toBe(
      false,
    );
  });
});
