import type { ErrorCode } from "@/lib/http/error-codes";
import { ORDER_STATUS } from "@/lib/orders/status";
import { STORE_TIME_ZONE, addDays, calendarDateIn, startOfDayIn } from "@/lib/time/store-time";

/** Days after delivery during which a return may be requested, ending at the store's midnight. */
export const RETURN_WINDOW_DAYS = readReturnWindowDays(process.env.RETURN_WINDOW_DAYS);

/** Request statuses that no longer reserve units; every other status does. */
export const RELEASED_REQUEST_STATUSES = ["rejected", "closed"] as const;

// Before shipping: a cancel is possible while the order is not invoiced.
const CANCELLABLE_STATUSES = new Set<number>([
  ORDER_STATUS.waiting,
  ORDER_STATUS.payment_waiting,
  ORDER_STATUS.confirmation_waiting,
  ORDER_STATUS.approved,
  ORDER_STATUS.preparing,
]);

// On the way or delivered: a cancel gets cancellation_request_100_3, which points to a return.
const SHIPPED_STATUSES = new Set<number>([
  ORDER_STATUS.shipped,
  ORDER_STATUS.shipped_and_informed,
  ORDER_STATUS.ready_for_pickup,
  ORDER_STATUS.attempted_delivery,
  ORDER_STATUS.delivered,
]);

export interface EligibilityInput {
  status: number;
  quantity: number;
  deliveredDate: Date | null;
  isReturnable: boolean;
  /** Whether the item's order has an invoice. */
  invoiced: boolean;
  /** Units already in requests that still reserve them. */
  reservedQuantity: number;
}

export interface Eligibility {
  /** Units that a new request may still take. */
  requestableQuantity: number;
  isCancellable: boolean;
  isRefundable: boolean;
  /** Error code that blocks a cancel; undefined when a cancel is possible. */
  cancelBlockedBy: ErrorCode | undefined;
  /** Error code that blocks a return; undefined when a return is possible. */
  refundBlockedBy: ErrorCode | undefined;
  /** When the return window closes; null until the item is delivered. */
  returnWindowEndsAt: Date | null;
}

/** Decides what a guest may request for an order item at `now`. */
export function evaluateEligibility(item: EligibilityInput, now: Date = new Date()): Eligibility {
  const requestableQuantity = Math.max(0, item.quantity - item.reservedQuantity);
  const returnWindowEndsAt = item.deliveredDate ? returnWindowEnd(item.deliveredDate) : null;

  const cancelBlockedBy = cancelBlocker(item, requestableQuantity);
  const refundBlockedBy = refundBlocker(item, requestableQuantity, returnWindowEndsAt, now);

  return {
    requestableQuantity,
    isCancellable: cancelBlockedBy === undefined,
    isRefundable: refundBlockedBy === undefined,
    cancelBlockedBy,
    refundBlockedBy,
    returnWindowEndsAt,
  };
}

/**
 * Parses RETURN_WINDOW_DAYS (default 14). A value that is not a whole number of days from 0 up
 * is rejected at startup, because NaN would make the window never close.
 */
export function readReturnWindowDays(value: string | undefined): number {
  if (value === undefined || value.trim() === "") return 14;
  const days = Number(value);
  if (!Number.isSafeInteger(days) || days < 0) {
    throw new Error(
      `RETURN_WINDOW_DAYS must be a whole number of days (0 or more), got "${value}".`,
    );
  }
  return days;
}

/** The first instant after the return window: midnight at the end of the last allowed day. */
export function returnWindowEnd(deliveredDate: Date, timeZone: string = STORE_TIME_ZONE): Date {
  const deliveryDay = calendarDateIn(deliveredDate, timeZone);
  return startOfDayIn(addDays(deliveryDay, RETURN_WINDOW_DAYS + 1), timeZone);
}

function cancelBlocker(item: EligibilityInput, requestable: number): ErrorCode | undefined {
  if (SHIPPED_STATUSES.has(item.status)) return "cancellation_request_100_3";
  if (!CANCELLABLE_STATUSES.has(item.status)) return "cancellation_request_100_2";
  if (item.invoiced) return "cancellation_request_100_7";
  if (requestable === 0) return "cancellation_request_100_1";
  return undefined;
}

function refundBlocker(
  item: EligibilityInput,
  requestable: number,
  windowEnd: Date | null,
  now: Date,
): ErrorCode | undefined {
  if (item.status !== ORDER_STATUS.delivered) {
    const onItsWay = CANCELLABLE_STATUSES.has(item.status) || SHIPPED_STATUSES.has(item.status);
    return onItsWay ? "cancellation_request_100_4" : "cancellation_request_100_2";
  }
  if (!item.isReturnable) return "cancellation_request_100_6";
  if (!windowEnd || now.getTime() >= windowEnd.getTime()) return "cancellation_request_100_5";
  if (requestable === 0) return "cancellation_request_100_1";
  return undefined;
}
