import { describe, expect, it } from "vitest";

import { formatCalendarDate } from "@/lib/time/store-time";

import { pickupDateRange } from "./pickup-dates";

function formatted(range: ReturnType<typeof pickupDateRange>) {
  return { first: formatCalendarDate(range.first), last: formatCalendarDate(range.last) };
}

describe("pickupDateRange", () => {
  it("starts tomorrow and spans the horizon", () => {
    const now = new Date("2024-03-10T12:00:00Z");
    expect(formatted(pickupDateRange({ pickupHorizonDays: 7 }, now, "Europe/Istanbul"))).toEqual({
      first: "2024-03-11",
      last: "2024-03-17",
    });
  });

  it("counts days in the store's time zone", () => {
    // 22:30 UTC on 10 March is already 01:30 on 11 March in Istanbul (UTC+3).
    const now = new Date("2024-03-10T22:30:00Z");
    expect(formatted(pickupDateRange({ pickupHorizonDays: 2 }, now, "Europe/Istanbul"))).toEqual({
      first: "2024-03-12",
      last: "2024-03-13",
    });
    expect(formatted(pickupDateRange({ pickupHorizonDays: 2 }, now, "UTC"))).toEqual({
      first: "2024-03-11",
      last: "2024-03-12",
    });
  });

  it("offers tomorrow for a horizon below one day", () => {
    const now = new Date("2024-12-31T09:00:00Z");
    for (const pickupHorizonDays of [1, 0, -3]) {
      expect(formatted(pickupDateRange({ pickupHorizonDays }, now, "UTC"))).toEqual({
        first: "2025-01-01",
        last: "2025-01-01",
      });
    }
  });
});
