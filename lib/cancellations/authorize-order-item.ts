import { ApiError } from "@/lib/http/errors";
import { isGuestOrderOf, normalizeOrderNumber } from "@/lib/orders/credentials";

import type { LockedItem } from "./lock-requested-items";

export interface RequesterProof {
  /** Orders this browser proved by a lookup. */
  guestOrderIds: readonly number[];
  /** The order's credentials sent with the request, if any. */
  email?: string;
  number?: string;
}

/**
 * Returns the item when the requester may act on it: its order is a guest's order and either
 * this browser proved it by a lookup or the request carries its email and number. An unknown
 * id, another guest's item and a registered user's item all raise the same field error, so the
 * response reveals nothing about items the requester does not own.
 */
export function authorizeOrderItem(
  item: LockedItem | undefined,
  proof: RequesterProof,
): LockedItem {
  if (item && item.userType === "guest" && hasProof(item, proof)) return item;
  throw ApiError.field("order_item", "validation.order_item_not_found");
}

function hasProof(item: LockedItem, proof: RequesterProof): boolean {
  if (proof.guestOrderIds.includes(item.orderId)) return true;
  if (proof.email === undefined || proof.number === undefined) return false;
  return (
    normalizeOrderNumber(proof.number) === item.orderNumber &&
    isGuestOrderOf({ userEmail: item.orderEmail, user: { userType: item.userType } }, proof.email)
  );
}
