import { Prisma, type PrismaClient } from "@/lib/generated/prisma/client";

import { isGuestOrderOf, normalizeEmail, normalizeOrderNumber } from "./credentials";
import { mapOrderDetails } from "./map-order-details";
import type { OrderDetailsRecord } from "./order-details-query";
import { selectOrderDetails } from "./order-details-sql";

/**
 * Loads the guest order with this number and email in one query, or returns null. An unknown
 * number, another email and a registered user's order all run the same statement and all
 * return no row, so their response times do not tell them apart.
 */
export async function findGuestOrder(
  prisma: PrismaClient,
  credentials: { email: string; number: string },
): Promise<OrderDetailsRecord | null> {
  const email = normalizeEmail(credentials.email);
  const rows = await prisma.$queryRaw<{ order: Record<string, unknown> }[]>(
    selectOrderDetails(Prisma.sql`
      o.number = ${normalizeOrderNumber(credentials.number)}
      AND lower(o.user_email) = lower(${email})
      AND u.user_type = 'guest'`),
  );
  const order = rows[0] ? mapOrderDetails(rows[0].order) : null;

  // The filter above only narrows the query; this check decides ownership.
  return order && isGuestOrderOf(order, email) ? order : null;
}
