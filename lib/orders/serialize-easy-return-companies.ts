import { pickupDateRange } from "@/lib/cancellations/pickup-dates";
import { formatCalendarDate } from "@/lib/time/store-time";

import type { EasyReturnCompanyRecord } from "./order-details-query";

/**
 * Serializes a courier that can pick up a returned item, with the hour slots and dates a return
 * request may choose from.
 */
export function serializeEasyReturnCompany(company: EasyReturnCompanyRecord, now: Date) {
  const dates = pickupDateRange(company, now);
  return {
    id: company.id,
    name: company.name,
    slug: company.slug,
    pickup_slots: company.pickupSlots.map((slot) => ({ start: slot.startTime, end: slot.endTime })),
    pickup_horizon_days: company.pickupHorizonDays,
    first_pickup_date: formatCalendarDate(dates.first),
    last_pickup_date: formatCalendarDate(dates.last),
  };
}
