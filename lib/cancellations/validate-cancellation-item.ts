import { ApiError, type FieldErrors } from "@/lib/http/errors";

import type { CancellationRequestBody } from "./cancellation-schema";
import { evaluateEligibility } from "./eligibility";
import type { LockedItem } from "./lock-requested-items";
import { needsBankAccount, validateRefundDetails, type Pickup } from "./validate-refund-details";

/** A request that passed every rule, with the quantity it takes. */
export interface ValidatedRequest {
  request: CancellationRequestBody;
  item: LockedItem;
  quantity: number;
  /** The courier pickup of a return; undefined for a cancel. */
  pickup: Pickup | undefined;
}

/**
 * Applies the cancellation rules to one request for an item the requester owns, given the units
 * already reserved by other requests. Raises an ApiError for the first rule that concerns the
 * item as a whole, in this order: what the item's state allows (a non-field error code), a
 * missing pickup address (406) and a missing bank account (406) for refunds. After those, it
 * raises one error listing every invalid field.
 */
export function validateCancellationItem(
  request: CancellationRequestBody,
  item: LockedItem,
  reservedQuantity: number,
  now: Date,
): ValidatedRequest {
  const isRefund = request.cancellation_type === "refund";
  const eligibility = evaluateEligibility({ ...item, reservedQuantity }, now);
  const blockedBy = isRefund ? eligibility.refundBlockedBy : eligibility.cancelBlockedBy;
  if (blockedBy) throw ApiError.of(blockedBy);

  if (isRefund && request.pickup_address === undefined) {
    throw ApiError.of("cancellation_request_100_8");
  }
  if (
    isRefund &&
    needsBankAccount(item, request) &&
    request.iban === undefined &&
    request.holder_name === undefined
  ) {
    throw ApiError.of("cancellation_request_100_9");
  }

  const errors: FieldErrors = {};
  checkReason(request, item, errors);

  const quantity = request.quantity ?? eligibility.requestableQuantity;
  if (quantity > eligibility.requestableQuantity) {
    errors.quantity = { key: "validation.quantity_exceeds_item" };
  }

  // A cancel ignores the pickup fields, as the platform does: nothing is picked up.
  const pickup = isRefund ? validateRefundDetails(request, item, now, errors) : undefined;

  if (Object.keys(errors).length > 0) throw ApiError.fields(errors);
  return { request, item, quantity, pickup };
}

function checkReason(request: CancellationRequestBody, item: LockedItem, errors: FieldErrors) {
  const reason = item.reason;
  if (!reason || !reason.isActive || reason.cancellationType !== request.cancellation_type) {
    errors.reason = { key: "validation.reason_not_allowed" };
  } else if (reason.extraInformationNeeded && request.description === undefined) {
    errors.description = { key: "validation.description_required" };
  }
}
