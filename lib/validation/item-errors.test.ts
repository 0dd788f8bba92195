import { z } from "zod";
import { describe, expect, it } from "vitest";

import { itemErrorsFromZod } from "./item-errors";
import { messageKeyErrorMap } from "./messages";

const schema = z.object({
  items: z.array(z.object({ quantity: z.int().min(1), note: z.string().optional() })).max(3),
});

function errorOf(body: unknown) {
  const parsed = schema.safeParse(body, { error: messageKeyErrorMap });
  if (parsed.success) throw new Error("expected a validation error");
  return itemErrorsFromZod(parsed.error, "items");
}

describe("itemErrorsFromZod", () => {
  it("keys item errors by index", () => {
    const error = errorOf({ items: [{ quantity: 1 }, { quantity: 0, note: 5 }, 7] });

    expect(error.itemErrors?.field).toBe("items");
    const byIndex = Object.fromEntries(
      [...(error.itemErrors?.errors ?? [])].map(([index, item]) => [index, item.fieldErrors]),
    );
    expect(byIndex).toEqual({
      1: {
        quantity: { key: "validation.too_small", values: { minimum: 1 } },
        note: { key: "validation.expected_string" },
      },
      2: { non_field_errors: { key: "validation.expected_object" } },
    });
  });

  it("reports list errors as fields", () => {
    const error = errorOf({ items: Array.from({ length: 4 }, () => ({ quantity: 1 })) });

    expect(error.itemErrors).toBeUndefined();
    expect(error.fieldErrors).toEqual({
      items: { key: "validation.too_many_items", values: { maximum: 3 } },
    });
  });

  it("reports a missing list as a field", () => {
    expect(errorOf({}).fieldErrors).toEqual({ items: { key: "validation.required" } });
  });
});
