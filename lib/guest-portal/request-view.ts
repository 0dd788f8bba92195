import type { SerializedOrder } from "@/lib/orders/serialize-order";

import {
  needsIban,
  productAttributes,
  unavailableReason,
  type SerializedOrderItem,
} from "./order-view";

export type RequestType = "cancel" | "refund";

export interface PickupCompany {
  id: number;
  name: string;
  slots: Array<{ start: string; end: string }>;
  /** First and last pickup dates the courier accepts, as "2024-01-01". */
  firstDate: string;
  lastDate: string;
}

export interface RequestableItem {
  id: number;
  name: string;
  image: string | null;
  attributes: Array<[string, string]>;
  price: string;
  currency: string;
  statusLabel: string;
  quantity: number;
  requestableQuantity: number;
  /** The request type the item offers: a cancellation before shipping, a return after delivery, or none. */
  type: RequestType | null;
  /** The error code that explains why the item offers nothing; null when it offers one. */
  blockedBy: string | null;
  companies: PickupCompany[];
}

export interface PickupAddress {
  id: number;
  title: string;
  summary: string;
}

/** The part of the order that the cancel-or-return form needs, sent to the browser. */
export interface RequestFlowOrder {
  number: string;
  currency: string;
  needsIban: boolean;
  addresses: PickupAddress[];
  items: RequestableItem[];
}

export interface RequestReason {
  id: number;
  subject: string;
  type: RequestType;
  extraInformationNeeded: boolean;
}

export function toRequestFlowOrder(order: SerializedOrder): RequestFlowOrder {
  const addresses = [order.shipping_address, order.billing_address].filter(
    (address, index, all) => all.findIndex((other) => other.id === address.id) === index,
  );
  return {
    number: order.number,
    currency: order.currency.value,
    needsIban: needsIban(order),
    addresses: addresses.map((address) => ({
      id: address.id,
      title: address.title,
      summary: [address.line, address.district, address.city.name].filter(Boolean).join(", "),
    })),
    items: order.orderitem_set.map(toRequestableItem),
  };
}

function toRequestableItem(item: SerializedOrderItem): RequestableItem {
  return {
    id: item.id,
    name: item.product.name,
    image: item.product.image,
    attributes: productAttributes(item),
    price: item.price,
    currency: item.currency.value,
    statusLabel: item.status.label,
    quantity: item.quantity,
    requestableQuantity: item.requestable_quantity,
    type: offeredRequestType(item),
    blockedBy: unavailableReason(item),
    companies: item.easy_return_shipping_companies.map((company) => ({
      id: company.id,
      name: company.name,
      slots: company.pickup_slots,
      firstDate: company.first_pickup_date,
      lastDate: company.last_pickup_date,
    })),
  };
}

function offeredRequestType(item: SerializedOrderItem): RequestType | null {
  if (item.is_cancellable) return "cancel";
  if (item.is_refundable) return "refund";
  return null;
}

/** Couriers that every one of the items may use, since one pickup collects them all. */
export function commonCompanies(items: RequestableItem[]): PickupCompany[] {
  const [first, ...rest] = items;
  if (!first) return [];
  return first.companies.filter((company) =>
    rest.every((item) => item.companies.some((other) => other.id === company.id)),
  );
}

/** Lists every calendar date from `first` to `last`, both included, as "2024-01-01". */
export function datesBetween(first: string, last: string): string[] {
  const dates: string[] = [];
  const end = Date.parse(`${last}T00:00:00Z`);
  for (let day = Date.parse(`${first}T00:00:00Z`); day <= end; day += 86_400_000) {
    dates.push(new Date(day).toISOString().slice(0, 10));
    if (dates.length > 366) break;
  }
  return dates;
}

export function slotValue(slot: { start: string; end: string }): string {
  return `${slot.start}-${slot.end}`;
}
