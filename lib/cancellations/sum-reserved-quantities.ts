import type { Prisma } from "@/lib/generated/prisma/client";

import { RELEASED_REQUEST_STATUSES } from "./eligibility";

/**
 * Sums, per order item, the units held by requests that still reserve them (every status but
 * rejected and closed). Run it after locking the items, so no other request can take units
 * between this read and the insert.
 */
export async function sumReservedQuantities(
  tx: Prisma.TransactionClient,
  orderItemIds: number[],
): Promise<Map<number, number>> {
  if (orderItemIds.length === 0) return new Map();

  const groups = await tx.cancellationRequest.groupBy({
    by: ["orderItemId"],
    where: {
      orderItemId: { in: orderItemIds },
      status: { notIn: [...RELEASED_REQUEST_STATUSES] },
    },
    _sum: { quantity: true },
  });
  return new Map(groups.map((group) => [group.orderItemId, group._sum.quantity ?? 0]));
}
