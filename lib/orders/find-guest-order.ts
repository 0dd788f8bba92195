import type { PrismaClient } from "@/lib/generated/prisma/client";

import { isGuestOrderOf, normalizeEmail, normalizeOrderNumber } from "./credentials";
import { orderDetailsInclude, type OrderDetailsRecord } from "./order-details-query";

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
  const order = await prisma.order.findUnique({
    where: {
      number: normalizeOrderNumber(credentials.number),
      // Prisma 6.19 compiles an insensitive `equals` to ILIKE without escaping, so "_" and "%"
      // in the email would act as wildcards. Escaping them keeps the filter an exact match.
      userEmail: { equals: escapeLikePattern(email), mode: "insensitive" },
      user: { userType: "guest" },
    },
    include: orderDetailsInclude,
  });

  // The filter above only narrows the query; this check decides ownership.
  return order && isGuestOrderOf(order, email) ? order : null;
}

function escapeLikePattern(text: string): string {
  return text.replace(/[\\%_]/g, (character) => `\\${character}`);
}
