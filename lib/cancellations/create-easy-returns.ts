import { randomInt } from "node:crypto";

import type { EasyReturn, Prisma, ShippingCompany } from "@/lib/generated/prisma/client";
import { formatCalendarDate } from "@/lib/time/store-time";

import type { ReturnCourier } from "./lock-requested-items";
import type { Pickup } from "./validate-refund-details";

export type EasyReturnRecord = EasyReturn & { shippingCompany: ShippingCompany };

const CODE_DIGITS = 8;
const MAX_CODE_ATTEMPTS = 5;

/**
 * Returns the key that groups pickups: requests with the same courier, address, date and slot
 * share one easy return.
 */
export function pickupKey(pickup: Pickup): string {
  const date = formatCalendarDate(pickup.date);
  return `${pickup.courier.id}/${pickup.addressId}/${date}/${pickup.start}-${pickup.end}`;
}

/**
 * Inserts one active easy return per distinct pickup (see `pickupKey`), each with a random
 * 8-digit code that the courier and the guest quote. A code already taken is skipped by the
 * insert and drawn again, up to 5 times. Tracking number and URL stay null until the courier
 * assigns them. Returns the easy returns by pickup key.
 */
export async function createEasyReturns(
  tx: Prisma.TransactionClient,
  pickups: Pickup[],
  now: Date,
): Promise<Map<string, EasyReturnRecord>> {
  const pending = new Map(pickups.map((pickup) => [pickupKey(pickup), pickup]));
  const created = new Map<string, EasyReturnRecord>();

  for (let attempt = 1; pending.size > 0; attempt++) {
    if (attempt > MAX_CODE_ATTEMPTS) {
      throw new Error(`No free easy return code after ${MAX_CODE_ATTEMPTS} attempts.`);
    }

    const byCode = new Map([...pending].map(([key, pickup]) => [drawCode(), { key, pickup }]));
    const rows = await tx.easyReturn.createManyAndReturn({
      data: [...byCode].map(([code, { pickup }]) => ({
        code,
        status: "active" as const,
        shippingCompanyId: pickup.courier.id,
        pickupDate: toDateColumn(pickup),
        pickupHourStart: pickup.start,
        pickupHourEnd: pickup.end,
        startDate: now,
      })),
      // A code that collides with an existing one is skipped instead of aborting the transaction.
      skipDuplicates: true,
    });

    for (const row of rows) {
      const entry = byCode.get(row.code);
      if (!entry) continue;
      created.set(entry.key, { ...row, shippingCompany: toShippingCompany(entry.pickup.courier) });
      pending.delete(entry.key);
    }
  }
  return created;
}

function drawCode(): string {
  return String(randomInt(0, 10 ** CODE_DIGITS)).padStart(CODE_DIGITS, "0");
}

/** Converts the pickup date to a `date` column value: midnight UTC of that day. */
function toDateColumn(pickup: Pickup): Date {
  return new Date(Date.UTC(pickup.date.year, pickup.date.month - 1, pickup.date.day));
}

function toShippingCompany(courier: ReturnCourier): ShippingCompany {
  return {
    id: courier.id,
    name: courier.name,
    slug: courier.slug,
    trackingUrlTemplate: courier.trackingUrlTemplate,
    isEasyReturnEnabled: courier.isEasyReturnEnabled,
    pickupHorizonDays: courier.pickupHorizonDays,
  };
}
