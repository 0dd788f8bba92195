import type { FieldErrors } from "@/lib/http/errors";
import {
  compareCalendarDates,
  formatCalendarDate,
  parseCalendarDate,
  type CalendarDate,
} from "@/lib/time/store-time";

import type { CancellationRequestBody } from "./cancellation-schema";
import type { LockedItem, ReturnCourier } from "./lock-requested-items";
import { pickupDateRange } from "./pickup-dates";

/** A courier pickup that passed every check, ready to become an easy return. */
export interface Pickup {
  courier: ReturnCourier;
  addressId: number;
  date: CalendarDate;
  start: string;
  end: string;
}

/** Payment types that leave no card to refund to, so the money goes to a bank account. */
const BANK_REFUND_PAYMENT_TYPES = new Set(["pay_on_delivery", "funds_transfer"]);

/**
 * Whether a refund of this item must name the bank account (IBAN and holder name) to pay back
 * to: only for cash-on-delivery and funds-transfer orders, and not when the guest takes the
 * refund as loyalty money.
 */
export function needsBankAccount(item: LockedItem, request: CancellationRequestBody): boolean {
  return BANK_REFUND_PAYMENT_TYPES.has(item.paymentType) && !request.fully_refund_as_loyalty_money;
}

/**
 * Checks the pickup and refund fields of a return request and adds a field error for each
 * problem to `errors`. Returns the pickup when it is complete and valid. The caller has already
 * rejected a missing pickup address.
 */
export function validateRefundDetails(
  request: CancellationRequestBody,
  item: LockedItem,
  now: Date,
  errors: FieldErrors,
): Pickup | undefined {
  const courier = item.returnCouriers.find((entry) => entry.id === request.shipping_company);
  if (request.shipping_company === undefined) {
    errors.shipping_company = { key: "validation.required" };
  } else if (!courier) {
    errors.shipping_company = { key: "validation.shipping_company_not_allowed" };
  }

  const addressId = request.pickup_address;
  if (addressId !== item.shippingAddressId && addressId !== item.billingAddressId) {
    errors.pickup_address = { key: "validation.pickup_address_not_allowed" };
  }

  const schedule = courier ? checkPickupDate(request, courier, now, errors) : undefined;

  if (needsBankAccount(item, request)) {
    if (request.iban === undefined) errors.iban = { key: "validation.iban_required" };
    if (request.holder_name === undefined) {
      errors.holder_name = { key: "validation.holder_name_required" };
    }
  }

  if (!courier || !schedule || addressId === undefined || errors.pickup_address) return undefined;
  return { courier, addressId, ...schedule };
}

/** Checks the date against the courier's pickup days and the hours against its slots. */
function checkPickupDate(
  request: CancellationRequestBody,
  courier: ReturnCourier,
  now: Date,
  errors: FieldErrors,
): Omit<Pickup, "courier" | "addressId"> | undefined {
  const pickupDate = request.pickup_date;
  if (pickupDate === undefined) {
    errors.pickup_date = { key: "validation.required" };
    return undefined;
  }

  // The schema has already checked that the date is a real calendar date.
  const date = parseCalendarDate(pickupDate.date);
  const range = pickupDateRange(courier, now);
  let valid = true;
  if (
    !date ||
    compareCalendarDates(date, range.first) < 0 ||
    compareCalendarDates(date, range.last) > 0
  ) {
    errors["pickup_date.date"] = {
      key: "validation.pickup_date_out_of_range",
      values: { first: formatCalendarDate(range.first), last: formatCalendarDate(range.last) },
    };
    valid = false;
  }

  const { start, end } = pickupDate.hour_range;
  if (!courier.pickupSlots.some((slot) => slot.start === start && slot.end === end)) {
    errors["pickup_date.hour_range"] = { key: "validation.pickup_slot_not_offered" };
    valid = false;
  }

  return valid && date ? { date, start, end } : undefined;
}
