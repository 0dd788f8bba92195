// The shape of a demo order in the catalogue. Money is written as decimal strings with two
// fraction digits, and the order totals are computed from the items when the order is written.
import type {
  CancellationRequestStatus,
  CancellationType,
  EasyReturnStatus,
} from "@/lib/generated/prisma/client";
import { STORE_TIME_ZONE, calendarDateIn } from "@/lib/time/store-time";

import type { AddressKey, CustomerKey } from "./customers";
import type { DemoOrderKey } from "./demo-orders";
import type { ProductSnapshot } from "./products";
import type {
  BankSlug,
  CancellationReasonKey,
  PaymentOptionSlug,
  ShippingCompanySlug,
  ShippingOptionSlug,
} from "./reference-data";

/** One parcel: the courier, its tracking number and when it left and arrived. */
export interface ShipmentSpec {
  company: ShippingCompanySlug;
  trackingNumber: string;
  shippedDate: Date;
  deliveredDate?: Date;
}

export interface EasyReturnSpec {
  id: number;
  code: string;
  status: EasyReturnStatus;
  company: ShippingCompanySlug;
  trackingNumber?: string;
  /** The store's calendar day of the pickup, at 00:00 UTC. */
  pickupDate: Date;
  pickupHourStart: string;
  pickupHourEnd: string;
  startDate: Date;
  endDate?: Date;
}

export interface CancellationRequestSpec {
  id: number;
  uuid: string;
  type: CancellationType;
  status: CancellationRequestStatus;
  reason: CancellationReasonKey;
  quantity: number;
  description?: string;
  iban?: string;
  holderName?: string;
  pickupAddress?: AddressKey;
  /** Id of an easy return listed in the order's `easyReturns`. */
  easyReturnId?: number;
  createdDate: Date;
  modifiedDate: Date;
}

export interface OrderItemSpec {
  id: number;
  product: ProductSnapshot;
  quantity: number;
  /** Unit price paid, before the order's discounts. */
  price: string;
  /** Unit list price before any sale. */
  retailPrice: string;
  /** VAT rate in percent. */
  taxRate: string;
  status: number;
  isReturnable?: boolean;
  /** The parcel of this item, when it differs from the order's. */
  shipment?: ShipmentSpec;
  /** Couriers the shopper may choose for a pickup of this item. */
  easyReturnCompanies?: ShippingCompanySlug[];
  /** Units whose price has been paid back to the shopper. */
  refundedQuantity?: number;
  cancellationRequests?: CancellationRequestSpec[];
}

export interface OrderSpec {
  key: DemoOrderKey;
  id: number;
  customer: CustomerKey;
  shippingAddress: AddressKey;
  billingAddress: AddressKey;
  status: number;
  currency: "try" | "eur";
  languageCode: "tr-tr" | "en-us";
  payment: {
    option: PaymentOptionSlug;
    bank?: BankSlug;
    binNumber?: string;
    installmentCount?: number;
    cardId?: number;
    installmentId?: number;
  };
  shippingOption: ShippingOptionSlug;
  /** The single parcel of the whole order. Orders shipped in several parcels set it per item. */
  shipment?: ShipmentSpec;
  shippingAmount: string;
  shippingTaxRate?: string;
  discounts?: Array<{ id: number; name: string; amount: string }>;
  /** Loyalty money spent on the order (negative) or earned by it (positive). */
  loyalty?: Array<{ id: number; amount: string; reference: string; createdDate: Date }>;
  invoice?: { number: string; date: Date };
  giftBoxNote?: string;
  notes?: string;
  remoteAddr: string;
  clientType?: string;
  basketId: number;
  createdDate: Date;
  modifiedDate: Date;
  items: OrderItemSpec[];
  easyReturns?: EasyReturnSpec[];
}

const DAY_MS = 24 * 60 * 60 * 1000;
const HOUR_MS = 60 * 60 * 1000;

/** Builds dates relative to one fixed `now`, so a catalogue built twice with it is identical. */
export function relativeDates(now: Date) {
  return {
    daysAgo(days: number, hours = 0): Date {
      return new Date(now.getTime() - days * DAY_MS - hours * HOUR_MS);
    },
    /**
     * Returns the store's calendar day `days` after `now`, at 00:00 UTC as Prisma reads and
     * writes a date column.
     */
    calendarDayFromNow(days: number): Date {
      const day = calendarDateIn(new Date(now.getTime() + days * DAY_MS), STORE_TIME_ZONE);
      return new Date(Date.UTC(day.year, day.month - 1, day.day));
    },
  };
}

/** Returns a fixed version 4 UUID for demo row `id`, so repeated seeding keeps the same UUIDs. */
export function demoUuid(id: number): string {
  return `7310e000-0000-4000-8000-${String(id).padStart(12, "0")}`;
}
