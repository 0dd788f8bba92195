import { Prisma } from "@/lib/generated/prisma/client";
import { RELEASED_REQUEST_STATUSES } from "@/lib/cancellations/eligibility";

/**
 * Builds the statement that selects the `orderDetailsInclude` shape as one jsonb column named
 * "order", for each order (aliased `o`, its user `u`) that `filter` keeps.
 *
 * Hand-written because Prisma 6.19's Wasm query compiler recompiles the equivalent nested
 * `include` on every call. On a 2-core machine, 200 sequential guest lookups of a seeded
 * two-item order cost 7.3-9.7 ms of CPU each through the include and 1.4-1.7 ms through this
 * statement (docs/benchmarks.md has the wider analysis). Rows become jsonb under their
 * snake_case column names, relations are added under their camelCase Prisma field names, lists
 * keep the include's ORDER BY, and numeric columns are replaced by their text so that no
 * decimal passes through a float. `mapOrderDetails` turns the value into an
 * `OrderDetailsRecord`.
 */
export function selectOrderDetails(filter: Prisma.Sql): Prisma.Sql {
  return Prisma.sql`
    SELECT to_jsonb(o) || jsonb_build_object(
      'amount', o.amount::text,
      'amount_without_discount', o.amount_without_discount::text,
      'discount_amount', o.discount_amount::text,
      'shipping_amount', o.shipping_amount::text,
      'shipping_tax_rate', o.shipping_tax_rate::text,
      'refund_amount', o.refund_amount::text,
      'discount_refund_amount', o.discount_refund_amount::text,
      'shipping_refund_amount', o.shipping_refund_amount::text,
      'installment_interest_amount', o.installment_interest_amount::text,
      'user', jsonb_build_object('userType', u.user_type),
      'paymentOption', (SELECT to_jsonb(po) FROM payment_options po WHERE po.id = o.payment_option_id),
      'bank', (SELECT to_jsonb(b) FROM banks b WHERE b.id = o.bank_id),
      'shippingCompany', (SELECT to_jsonb(sc) FROM shipping_companies sc WHERE sc.id = o.shipping_company_id),
      'shippingAddress', (${selectAddress} WHERE a.id = o.shipping_address_id),
      'billingAddress', (${selectAddress} WHERE a.id = o.billing_address_id),
      'items', (${selectItems}),
      'discountItems', (
        SELECT COALESCE(jsonb_agg(to_jsonb(d) || jsonb_build_object('amount', d.amount::text) ORDER BY d.id), '[]')
        FROM discount_items d WHERE d.order_id = o.id
      ),
      'loyaltyTransactions', (
        SELECT COALESCE(jsonb_agg(to_jsonb(l) || jsonb_build_object('amount', l.amount::text) ORDER BY l.id), '[]')
        FROM loyalty_transactions l WHERE l.order_id = o.id
      )
    ) AS "order"
    FROM "public"."orders" o
    JOIN users u ON u.id = o.user_id
    WHERE ${filter}`;
}

const selectAddress = Prisma.sql`
  SELECT to_jsonb(a) || jsonb_build_object('city', to_jsonb(ci), 'country', to_jsonb(co))
  FROM addresses a
  JOIN cities ci ON ci.id = a.city_id
  JOIN countries co ON co.id = a.country_id`;

// Couriers the item may be returned with: only those with easy returns enabled, as the include.
const selectEasyReturnCompanies = Prisma.sql`
  SELECT COALESCE(jsonb_agg(to_jsonb(erc) || jsonb_build_object('pickupSlots', (
    SELECT COALESCE(jsonb_agg(to_jsonb(ps) ORDER BY ps.display_order, ps.start_time), '[]')
    FROM pickup_slots ps WHERE ps.shipping_company_id = erc.id
  )) ORDER BY erc.id), '[]')
  FROM "_OrderItemEasyReturnCompanies" link
  JOIN shipping_companies erc ON erc.id = link."B"
  WHERE link."A" = i.id AND erc.is_easy_return_enabled`;

// Active requests only: their quantities are the units already reserved.
const selectActiveRequests = Prisma.sql`
  SELECT COALESCE(jsonb_agg(to_jsonb(cr) || jsonb_build_object('easyReturn', (
    SELECT to_jsonb(er) || jsonb_build_object('shippingCompany', to_jsonb(ersc))
    FROM easy_returns er JOIN shipping_companies ersc ON ersc.id = er.shipping_company_id
    WHERE er.id = cr.easy_return_id
  )) ORDER BY cr.id), '[]')
  FROM cancellation_requests cr
  WHERE cr.order_item_id = i.id AND cr.status::text <> ALL(${[...RELEASED_REQUEST_STATUSES]})`;

const selectItems = Prisma.sql`
  SELECT COALESCE(jsonb_agg(to_jsonb(i) || jsonb_build_object(
    'price', i.price::text,
    'retail_price', i.retail_price::text,
    'tax_rate', i.tax_rate::text,
    'discount_amount', i.discount_amount::text,
    'shippingCompany', (SELECT to_jsonb(sc) FROM shipping_companies sc WHERE sc.id = i.shipping_company_id),
    'easyReturnShippingCompanies', (${selectEasyReturnCompanies}),
    'cancellationRequests', (${selectActiveRequests})
  ) ORDER BY i.id), '[]')
  FROM order_items i WHERE i.order_id = o.id`;
