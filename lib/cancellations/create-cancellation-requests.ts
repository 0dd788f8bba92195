import { randomUUID } from "node:crypto";

import type { PrismaClient, Prisma } from "@/lib/generated/prisma/client";
import { ApiError } from "@/lib/http/errors";

import { authorizeOrderItem } from "./authorize-order-item";
import type { CancellationRequestBody } from "./cancellation-schema";
import { createEasyReturns, pickupKey, type EasyReturnRecord } from "./create-easy-returns";
import { findRepeatedOrderItems } from "./find-repeated-order-items";
import { lockRequestedItems } from "./lock-requested-items";
import type { CancellationRequestRecord } from "./serialize-cancellation-request";
import { sumReservedQuantities } from "./sum-reserved-quantities";
import { validateCancellationItem, type ValidatedRequest } from "./validate-cancellation-item";

export type CreateCancellationRequestsResult =
  | { ok: true; requests: CancellationRequestRecord[] }
  | { ok: false; errors: Map<number, ApiError> };

// Requests for one item queue on its row lock, so a transaction may wait for a few others.
const TRANSACTION_OPTIONS = { maxWait: 5_000, timeout: 10_000 } as const;

/**
 * Creates cancellation and return requests, all or none. In one transaction it locks the named
 * order items, sums the units that other requests reserve, applies every rule to every request
 * and inserts only if all passed. Failures come back per request index. The single-request
 * endpoint calls this with a list of one.
 */
export async function createCancellationRequests(
  prisma: PrismaClient,
  input: {
    requests: CancellationRequestBody[];
    /** Orders this browser proved by a lookup. */
    guestOrderIds: readonly number[];
    now?: Date;
    /** Runs after the inserts, inside the transaction, when every request passed. */
    beforeCommit?: (
      tx: Prisma.TransactionClient,
      requests: CancellationRequestRecord[],
    ) => Promise<void>;
  },
): Promise<CreateCancellationRequestsResult> {
  const now = input.now ?? new Date();
  const repeated = findRepeatedOrderItems(input.requests);

  return prisma.$transaction(async (tx) => {
    const unique = input.requests.filter((_, index) => !repeated.has(index));
    const items = await lockRequestedItems(
      tx,
      unique.map((request) => ({ orderItemId: request.order_item, reasonId: request.reason })),
    );
    const reserved = await sumReservedQuantities(tx, [...items.keys()]);

    const errors = new Map<number, ApiError>();
    const validated: ValidatedRequest[] = [];
    for (const [index, request] of input.requests.entries()) {
      if (repeated.has(index)) {
        errors.set(index, ApiError.of("cancellation_request_100_10"));
        continue;
      }
      try {
        const item = authorizeOrderItem(items.get(request.order_item), {
          guestOrderIds: input.guestOrderIds,
          email: request.email,
          number: request.number,
        });
        validated.push(validateCancellationItem(request, item, reserved.get(item.id) ?? 0, now));
      } catch (error) {
        if (!(error instanceof ApiError)) throw error;
        errors.set(index, error);
      }
    }
    if (errors.size > 0) return { ok: false, errors };

    const requests = await insertRequests(tx, validated, now);
    await input.beforeCommit?.(tx, requests);
    return { ok: true, requests };
  }, TRANSACTION_OPTIONS);
}

/** Inserts the easy returns and then the requests, and returns the requests in input order. */
async function insertRequests(
  tx: Prisma.TransactionClient,
  validated: ValidatedRequest[],
  now: Date,
): Promise<CancellationRequestRecord[]> {
  const pickups = validated.flatMap((entry) => (entry.pickup ? [entry.pickup] : []));
  const easyReturns =
    pickups.length > 0
      ? await createEasyReturns(tx, pickups, now)
      : new Map<string, EasyReturnRecord>();

  const rows = validated.map(({ request, item, quantity, pickup }) => ({
    uuid: randomUUID(),
    orderItemId: item.id,
    cancellationType: request.cancellation_type,
    reasonId: request.reason,
    quantity,
    description: request.description ?? null,
    iban: request.iban ?? null,
    holderName: request.holder_name ?? null,
    fullyRefundAsLoyaltyMoney: request.fully_refund_as_loyalty_money,
    shippingCompanyId: pickup?.courier.id ?? null,
    pickupAddressId: pickup?.addressId ?? null,
    pickupDate: pickup ? (easyReturns.get(pickupKey(pickup))?.pickupDate ?? null) : null,
    pickupHourStart: pickup?.start ?? null,
    pickupHourEnd: pickup?.end ?? null,
    easyReturnId: pickup ? (easyReturns.get(pickupKey(pickup))?.id ?? null) : null,
    createdDate: now,
    modifiedDate: now,
  }));
  const inserted = await tx.cancellationRequest.createManyAndReturn({ data: rows });

  const byUuid = new Map(inserted.map((row) => [row.uuid, row]));
  return rows.map((row, index) => {
    const record = byUuid.get(row.uuid);
    if (!record) throw new Error("An inserted cancellation request was not returned.");
    const pickup = validated[index]?.pickup;
    const easyReturn = pickup ? (easyReturns.get(pickupKey(pickup)) ?? null) : null;
    return { ...record, easyReturn };
  });
}
