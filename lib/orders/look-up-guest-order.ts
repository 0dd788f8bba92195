import type { PrismaClient } from "@/lib/generated/prisma/client";
import { ApiError } from "@/lib/http/errors";
import type { Logger } from "@/lib/log";
import { enforceLookupRateLimit } from "@/lib/rate-limit/lookup-rate-limit";

import { findGuestOrder } from "./find-guest-order";
import type { OrderDetailsRecord } from "./order-details-query";

/**
 * Finds a guest's order by email and number for POST /users/orders/anonymous/, after counting
 * the attempt against the rate limits: two SQL round trips. Throws rate_limit_100_1 over the
 * limit, and anonymous_order_100_1 for an unknown number, another email and a registered
 * user's order alike.
 */
export async function lookUpGuestOrder(
  prisma: PrismaClient,
  attempt: { email: string; number: string; clientAddress: string },
  log: Logger,
): Promise<OrderDetailsRecord> {
  await enforceLookupRateLimit(
    prisma,
    { clientAddress: attempt.clientAddress, orderNumber: attempt.number },
    log,
  );

  const order = await findGuestOrder(prisma, attempt);
  if (!order) throw ApiError.of("anonymous_order_100_1");
  return order;
}
