import { randomInt } from "node:crypto";

import type pg from "pg";

import {
  CANCEL_TARGET_EVERY,
  HUGE_QUANTITY,
  REGISTERED_REMAINDER,
  RETURN_TARGET_OFFSET,
} from "./generator-functions";

/** The body credentials of a guest order: its email as the guest types it, and its number. */
export interface OrderCredentials {
  email: string;
  number: string;
}

/** An order item with HUGE_QUANTITY units and its order's credentials. */
export interface ItemTarget extends OrderCredentials {
  orderItemId: number;
  /** The order's shipping address, offered as the pickup address of a return. */
  shippingAddressId: number;
}

/**
 * Picks up to `count` distinct guest orders at random among ids 1..`maxOrderId`, leaving out
 * the cancellation and return targets, whose request lists grow during the run. Emails come
 * back lower-cased, as a guest might type a stored "Shopper4@Bench.Example.com".
 */
export async function sampleLookupCredentials(
  client: pg.Client,
  maxOrderId: number,
  count: number,
): Promise<OrderCredentials[]> {
  const ids = new Set<number>();
  // Bounded: at most 20 draws per wanted id, enough because most ids qualify.
  for (let draw = 0; draw < count * 20 && ids.size < count; draw += 1) {
    const id = randomInt(1, maxOrderId + 1);
    if (id % CANCEL_TARGET_EVERY === 0 || id % CANCEL_TARGET_EVERY === RETURN_TARGET_OFFSET)
      continue;
    if (id % 20 === REGISTERED_REMAINDER) continue;
    ids.add(id);
  }

  const result = await client.query<{ number: string; email: string }>(
    `SELECT number, lower(user_email) AS email FROM orders WHERE id = ANY($1::int[])`,
    [[...ids]],
  );
  return result.rows;
}

/** Returns the huge first items of every cancellation target (approved, not invoiced). */
export function cancelTargets(client: pg.Client, maxOrderId: number): Promise<ItemTarget[]> {
  return itemTargets(client, maxOrderId, 0);
}

/** Returns the huge first items of every return target (delivered two days ago). */
export function returnTargets(client: pg.Client, maxOrderId: number): Promise<ItemTarget[]> {
  return itemTargets(client, maxOrderId, RETURN_TARGET_OFFSET);
}

async function itemTargets(
  client: pg.Client,
  maxOrderId: number,
  remainder: number,
): Promise<ItemTarget[]> {
  const result = await client.query<ItemTarget>(
    `SELECT item.id AS "orderItemId", o.number, lower(o.user_email) AS email,
            o.shipping_address_id AS "shippingAddressId"
     FROM generate_series($1::int, $2::int, $3::int) AS target(id)
     JOIN orders AS o ON o.id = target.id
     JOIN order_items AS item ON item.order_id = o.id AND item.quantity = $4
     ORDER BY o.id`,
    [
      remainder === 0 ? CANCEL_TARGET_EVERY : remainder,
      maxOrderId,
      CANCEL_TARGET_EVERY,
      HUGE_QUANTITY,
    ],
  );
  return result.rows;
}
