import { Prisma, type PaymentType } from "@/lib/generated/prisma/client";

import type { CancellationType } from "./cancellation-schema";

/** A courier that may pick up a returned item, with the hour slots it offers. */
export interface ReturnCourier {
  id: number;
  name: string;
  slug: string;
  trackingUrlTemplate: string | null;
  isEasyReturnEnabled: boolean;
  pickupHorizonDays: number;
  pickupSlots: Array<{ start: string; end: string }>;
}

/** A requested order item, locked for this transaction, with what the request rules read. */
export interface LockedItem {
  id: number;
  orderId: number;
  status: number;
  quantity: number;
  deliveredDate: Date | null;
  isReturnable: boolean;
  orderNumber: string;
  orderEmail: string;
  userType: string;
  invoiced: boolean;
  shippingAddressId: number;
  billingAddressId: number;
  paymentType: PaymentType;
  /** The reason the request names; null when no reason has that id. */
  reason: {
    id: number;
    cancellationType: CancellationType;
    isActive: boolean;
    extraInformationNeeded: boolean;
  } | null;
  /** Couriers with easy returns enabled that this item may be returned with. */
  returnCouriers: ReturnCourier[];
}

interface LockedItemRow extends Omit<LockedItem, "reason"> {
  reasonId: number | null;
  reasonType: CancellationType | null;
  reasonIsActive: boolean | null;
  reasonNeedsDescription: boolean | null;
}

/**
 * Locks the order items that the requests name with `SELECT … FOR UPDATE` and loads, in the
 * same round trip, each item's order, payment type, requested reason and return couriers. Rows
 * are locked in id order, so two transactions that name the same items cannot deadlock. Ids
 * that match no item are missing from the result.
 */
export async function lockRequestedItems(
  tx: Prisma.TransactionClient,
  requests: ReadonlyArray<{ orderItemId: number; reasonId: number }>,
): Promise<Map<number, LockedItem>> {
  if (requests.length === 0) return new Map();

  const itemIds = requests.map((request) => request.orderItemId);
  const reasonIds = requests.map((request) => request.reasonId);
  const rows = await tx.$queryRaw<LockedItemRow[]>(Prisma.sql`
    SELECT oi.id,
           oi.order_id AS "orderId",
           oi.status,
           oi.quantity,
           oi.delivered_date AS "deliveredDate",
           oi.is_returnable AS "isReturnable",
           o.number AS "orderNumber",
           o.user_email AS "orderEmail",
           u.user_type::text AS "userType",
           (o.invoice_number IS NOT NULL OR o.invoice_date IS NOT NULL) AS invoiced,
           o.shipping_address_id AS "shippingAddressId",
           o.billing_address_id AS "billingAddressId",
           po.payment_type::text AS "paymentType",
           r.id AS "reasonId",
           r.cancellation_type::text AS "reasonType",
           r.is_active AS "reasonIsActive",
           r.extra_information_needed AS "reasonNeedsDescription",
           COALESCE((
             SELECT json_agg(json_build_object(
                      'id', sc.id,
                      'name', sc.name,
                      'slug', sc.slug,
                      'trackingUrlTemplate', sc.tracking_url_template,
                      'isEasyReturnEnabled', sc.is_easy_return_enabled,
                      'pickupHorizonDays', sc.pickup_horizon_days,
                      'pickupSlots', COALESCE((
                        SELECT json_agg(
                                 json_build_object('start', ps.start_time, 'end', ps.end_time)
                                 ORDER BY ps.display_order, ps.start_time)
                        FROM pickup_slots ps
                        WHERE ps.shipping_company_id = sc.id
                      ), '[]'::json)
                    ) ORDER BY sc.id)
             FROM "_OrderItemEasyReturnCompanies" link
             JOIN shipping_companies sc ON sc.id = link."B"
             WHERE link."A" = oi.id AND sc.is_easy_return_enabled
           ), '[]'::json) AS "returnCouriers"
    FROM unnest(${itemIds}::int[], ${reasonIds}::int[]) AS requested(order_item_id, reason_id)
    JOIN order_items oi ON oi.id = requested.order_item_id
    JOIN orders o ON o.id = oi.order_id
    JOIN users u ON u.id = o.user_id
    JOIN payment_options po ON po.id = o.payment_option_id
    LEFT JOIN cancellation_reasons r ON r.id = requested.reason_id
    ORDER BY oi.id
    FOR UPDATE OF oi
  `);

  return new Map(rows.map((row) => [row.id, toLockedItem(row)]));
}

function toLockedItem(row: LockedItemRow): LockedItem {
  const { reasonId, reasonType, reasonIsActive, reasonNeedsDescription, ...item } = row;
  const reason =
    reasonId === null || reasonType === null
      ? null
      : {
          id: reasonId,
          cancellationType: reasonType,
          isActive: reasonIsActive === true,
          extraInformationNeeded: reasonNeedsDescription === true,
        };
  return { ...item, reason };
}
