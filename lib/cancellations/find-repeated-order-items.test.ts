import { describe, expect, it } from "vitest";

import { findRepeatedOrderItems } from "./find-repeated-order-items";

describe("findRepeatedOrderItems", () => {
  it("marks later repeats only", () => {
    const requests = [4, 7, 4, 9, 7, 4].map((id) => ({ order_item: id }));
    expect([...findRepeatedOrderItems(requests)]).toEqual([2, 4, 5]);
  });

  it("finds none in distinct items", () => {
    expect(findRepeatedOrderItems([{ order_item: 1 }, { order_item: 2 }]).size).toBe(0);
  });
});
