import type { SerializedOrder } from "@/lib/orders/serialize-order";

export type SerializedOrderItem = SerializedOrder["orderitem_set"][number];

export interface Shipment {
  /** The parcel's tracking number; null for items that have not been shipped yet. */
  trackingNumber: string | null;
  trackingUrl: string | null;
  company: string | null;
  items: SerializedOrderItem[];
}

/**
 * Groups items into shipments by tracking number, in the order the items are listed. Items
 * without a tracking number form one group of their own.
 */
export function groupIntoShipments(items: SerializedOrderItem[]): Shipment[] {
  const shipments = new Map<string | null, Shipment>();
  for (const item of items) {
    const key = item.tracking_number;
    let shipment = shipments.get(key);
    if (!shipment) {
      shipment = {
        trackingNumber: key,
        trackingUrl: item.tracking_url,
        company: item.shipping_company?.label ?? null,
        items: [],
      };
      shipments.set(key, shipment);
    }
    shipment.items.push(item);
  }
  return [...shipments.values()];
}

/**
 * The error code that best explains why an item offers neither a cancellation nor a return, or
 * null when it offers one. Until a shipped item is delivered, its cancel blocker ("return
 * instead") is the useful one. After delivery, the return blocker explains why a return is not
 * possible.
 */
export function unavailableReason(item: SerializedOrderItem): string | null {
  if (item.is_cancellable || item.is_refundable) return null;
  const cancel = item.cancel_blocked_by;
  const refund = item.refund_blocked_by;
  if (
    cancel === "cancellation_request_100_3" &&
    refund &&
    refund !== "cancellation_request_100_4"
  ) {
    return refund;
  }
  return cancel ?? refund;
}

/** Tells whether any item of the order can still be cancelled or returned. */
export function hasRequestableItems(order: SerializedOrder): boolean {
  return order.orderitem_set.some((item) => item.is_cancellable || item.is_refundable);
}

/** Payment types whose refunds need the shopper's IBAN, unless paid as loyalty money. */
export const IBAN_PAYMENT_TYPES: readonly string[] = ["pay_on_delivery", "funds_transfer"];

export function needsIban(order: SerializedOrder): boolean {
  return IBAN_PAYMENT_TYPES.includes(order.payment_option.payment_type.value);
}

/** Returns the product's display attributes as label/value pairs, skipping non-text values. */
export function productAttributes(item: SerializedOrderItem): Array<[string, string]> {
  const attributes = item.product.attributes;
  if (typeof attributes !== "object" || attributes === null || Array.isArray(attributes)) return [];
  return Object.entries(attributes).flatMap(([name, value]) =>
    typeof value === "string" || typeof value === "number" ? [[name, String(value)]] : [],
  );
}
