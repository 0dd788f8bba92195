import { STORE_TIME_ZONE, addDays, calendarDateIn, type CalendarDate } from "@/lib/time/store-time";

export interface PickupDateRange {
  first: CalendarDate;
  last: CalendarDate;
}

/**
 * Returns the pickup dates a courier accepts for a return requested at `now`, in the store's
 * calendar: from tomorrow through `pickupHorizonDays` days, so a horizon of 7 offers tomorrow and
 * the six days after it. A horizon below 1 still offers tomorrow. The lookup response lists this
 * range and the cancellation endpoints accept exactly the dates inside it.
 */
export function pickupDateRange(
  company: { pickupHorizonDays: number },
  now: Date = new Date(),
  timeZone: string = STORE_TIME_ZONE,
): PickupDateRange {
  const today = calendarDateIn(now, timeZone);
  const days = Math.max(1, Math.floor(company.pickupHorizonDays));
  return { first: addDays(today, 1), last: addDays(today, days) };
}
