import { describe, expect, it } from "vitest";

import { readFieldErrors, readItemErrors, readNonFieldError } from "./error-body";

describe("readNonFieldError", () => {
  it("reads message and code", () => {
    const body = { non_field_errors: "Pickup address is required.", error_code: "x_1" };
    expect(readNonFieldError(body)).toEqual({
      message: "Pickup address is required.",
      code: "x_1",
    });
  });

  it("returns undefined for field errors", () => {
    expect(readNonFieldError({ quantity: "Too many." })).toBeUndefined();
  });

  it("reads the first message of a list", () => {
    expect(readNonFieldError({ non_field_errors: ["First.", "Second."] })?.message).toBe("First.");
  });
});

describe("readFieldErrors", () => {
  it("flattens nested fields into paths", () => {
    const body = { quantity: "Too many.", pickup_date: { hour_range: "Pick a slot." } };
    expect(readFieldErrors(body)).toEqual({
      quantity: "Too many.",
      "pickup_date.hour_range": "Pick a slot.",
    });
  });

  it("skips the non-field message and code", () => {
    expect(readFieldErrors({ non_field_errors: "No.", error_code: "x_1" })).toEqual({});
  });

  it("leaves indexed bulk errors out", () => {
    expect(readFieldErrors({ cancel_order_items: { "0": { quantity: "No." } } })).toEqual({});
  });
});

describe("readItemErrors", () => {
  it("keys item errors by index", () => {
    const body = {
      cancel_order_items: { "1": { quantity: "Too many." }, "3": { non_field_errors: "No." } },
    };
    const items = readItemErrors(body, "cancel_order_items");
    expect([...items.keys()]).toEqual([1, 3]);
    expect(items.get(1)).toEqual({ quantity: "Too many." });
  });

  it("ignores keys that are not indexes", () => {
    const items = readItemErrors({ cancel_order_items: { first: {} } }, "cancel_order_items");
    expect(items.size).toBe(0);
  });

  it("returns nothing for another shape", () => {
    expect(readItemErrors({ quantity: "No." }, "cancel_order_items").size).toBe(0);
  });
});
