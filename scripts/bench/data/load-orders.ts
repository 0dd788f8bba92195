import type pg from "pg";

import {
  CANCEL_TARGET_EVERY,
  REGISTERED_REMAINDER,
  RETURN_TARGET_OFFSET,
} from "./generator-functions";

// Each statement inserts one table's rows for the order ids $1..$2 with INSERT … SELECT over
// generate_series, so the rows are built inside PostgreSQL and nothing crosses the wire per row.
// Every order has its own user (ids equal) and two addresses (ids 2n-1 for shipping, 2n for
// billing). They rely on the pg_temp functions of generator-functions.ts.

const USERS_SQL = `
INSERT INTO users (id, email, first_name, last_name, user_type, created_date)
SELECT id,
       CASE WHEN id % 10 = 4 THEN 'Shopper' || id || '@Bench.Example.com'
            ELSE 'shopper' || id || '@bench.example.com' END,
       (ARRAY['Deniz', 'Ayşe', 'Mehmet', 'Elif', 'Can', 'Zeynep', 'Jonas', 'Lotte'])[id % 8 + 1],
       (ARRAY['Yılmaz', 'Kaya', 'Demir', 'Şahin', 'Çelik', 'Müller', 'de Vries'])[id % 7 + 1],
       (CASE WHEN id % 20 = ${REGISTERED_REMAINDER} THEN 'registered' ELSE 'guest' END)::"UserType",
       now() - (id % 365) * interval '1 day'
FROM generate_series($1::int, $2::int) AS id`;

const ADDRESSES_SQL = `
INSERT INTO addresses (id, user_id, title, first_name, last_name, email, phone_number, line,
                       district, postcode, city_id, country_id, is_corporate, company_name,
                       tax_office, tax_no, created_date, modified_date)
SELECT 2 * u.id - 1 + kind.billing, u.id,
       CASE kind.billing WHEN 0 THEN 'Home' ELSE 'Office' END,
       u.first_name, u.last_name, u.email,
       '+90 555 ' || lpad((u.id % 1000)::text, 3, '0') || ' ' || lpad((u.id % 10000)::text, 4, '0'),
       CASE kind.billing WHEN 0 THEN 'Moda Caddesi ' ELSE 'Bağdat Caddesi ' END || (u.id % 200 + 1),
       'Kadıköy', '347' || lpad((u.id % 100)::text, 2, '0'),
       place.city_id,
       CASE WHEN place.city_id <= 3 THEN 1 WHEN place.city_id = 4 THEN 2 ELSE 3 END,
       corporate, CASE WHEN corporate THEN 'Bench Tekstil A.Ş.' END,
       CASE WHEN corporate THEN 'Kadıköy' END, CASE WHEN corporate THEN '1234567890' END,
       u.created_date, u.created_date
FROM users AS u
CROSS JOIN (VALUES (0), (1)) AS kind(billing)
CROSS JOIN LATERAL (SELECT 1 + u.id % 5 AS city_id) AS place
CROSS JOIN LATERAL (SELECT kind.billing = 1 AND u.id % 4 = 0 AS corporate) AS company
WHERE u.id BETWEEN $1 AND $2`;

const ORDERS_SQL = `
INSERT INTO orders (id, number, user_id, user_email, status, currency, amount,
                    amount_without_discount, discount_amount, shipping_amount, shipping_tax_rate,
                    payment_option_id, payment_option_slug, bank_id, installment_count,
                    shipping_option_id, shipping_option_slug, shipping_company_id,
                    tracking_number, tracking_url, invoice_number, invoice_date, remote_addr,
                    language_code, client_type, shipping_address_id, billing_address_id,
                    created_date, modified_date)
SELECT o.id, '2' || lpad(o.id::text, 15, '0'), o.id, u.email, o.status, 'try',
       o.items_total + 29.90 - o.discount, o.items_total + 29.90, o.discount, 29.90, 20.00,
       payment.id, payment.slug,
       CASE WHEN payment.id = 1 THEN 1 + o.id % 2 END,
       CASE WHEN payment.id = 1 THEN (ARRAY[1, 1, 3, 6])[o.id % 4 + 1] ELSE 1 END,
       shipping.id, shipping.slug, CASE WHEN o.shipped THEN shipping.shipping_company_id END,
       CASE WHEN o.shipped THEN 'TRK' || lpad(o.id::text, 10, '0') END,
       CASE WHEN o.shipped THEN 'https://tracking.example.com/track/TRK' || lpad(o.id::text, 10, '0') END,
       CASE WHEN o.shipped THEN 'INV-' || o.id END,
       CASE WHEN o.shipped THEN o.created_date + interval '1 day' END,
       '198.18.' || (o.id % 256) || '.' || (o.id / 256 % 256),
       CASE WHEN o.id % 3 = 0 THEN 'en-us' ELSE 'tr-tr' END, 'default',
       2 * o.id - 1, 2 * o.id, o.created_date, o.created_date
FROM (
  SELECT id, status,
         status IN (500, 510, 550, 600) AS shipped,
         CASE WHEN id % ${CANCEL_TARGET_EVERY} IN (0, ${RETURN_TARGET_OFFSET}) THEN 1
              ELSE 1 + id % 3 END AS payment_option_id,
         CASE WHEN id % 3 = 0 THEN 10.00 ELSE 0 END AS discount,
         pg_temp.bench_items_total(id) AS items_total,
         CASE WHEN status IN (550, 600) THEN pg_temp.bench_delivered_at(id) - interval '3 days'
              ELSE now() - (id % 10) * interval '1 day' - interval '1 hour' END AS created_date
  FROM generate_series($1::int, $2::int) AS id
  CROSS JOIN LATERAL (SELECT pg_temp.bench_order_status(id) AS status) AS decided
) AS o
JOIN users AS u ON u.id = o.id
JOIN payment_options AS payment ON payment.id = o.payment_option_id
JOIN shipping_options AS shipping ON shipping.id = 1 + o.id % 2`;

// Items of one order get consecutive ids, as they would at checkout. In delivered orders every
// seventh order has its second item refunded.
const ITEMS_SQL = `
INSERT INTO order_items (order_id, product_id, product_name, product_sku, product_base_code,
                         product_image, product_attributes, is_returnable, status, quantity,
                         price, retail_price, tax_rate, currency, shipping_company_id,
                         tracking_number, tracking_url, shipped_date, delivered_date,
                         created_date, modified_date)
SELECT o.id, product.product_id, product.name, product.sku, product.base_code,
       product.image, product.attributes,
       product.is_returnable OR (n = 1 AND o.id % ${CANCEL_TARGET_EVERY} IN (0, ${RETURN_TARGET_OFFSET})),
       CASE WHEN o.status = 550 AND n = 2 AND o.id % 7 = 0 THEN 600 ELSE o.status END,
       pg_temp.bench_item_quantity(o.id, n), product.price, product.price + 20.00, 20.00, 'try',
       o.shipping_company_id, o.tracking_number, o.tracking_url,
       CASE WHEN o.status IN (500, 510, 550, 600) THEN o.created_date + interval '1 day' END,
       CASE WHEN o.status IN (550, 600) THEN pg_temp.bench_delivered_at(o.id) END,
       o.created_date, o.created_date
FROM orders AS o
CROSS JOIN LATERAL generate_series(1, pg_temp.bench_item_count(o.id)) AS n
JOIN bench_products AS product ON product.idx = pg_temp.bench_product_index(o.id, n)
WHERE o.id BETWEEN $1 AND $2
ORDER BY o.id, n`;

const DISCOUNTS_SQL = `
INSERT INTO discount_items (order_id, name, amount, currency, created_date)
SELECT id, 'Welcome discount', 10.00, 'try', created_date
FROM orders WHERE id BETWEEN $1 AND $2 AND discount_amount > 0`;

const LOYALTY_SQL = `
INSERT INTO loyalty_transactions (order_id, amount, currency, reference, created_date)
SELECT id, -25.00, 'try', 'LOY-' || id, created_date
FROM orders WHERE id BETWEEN $1 AND $2 AND id % 10 = 3`;

// Delivered items may be picked up by both easy-return couriers; every fourth also lists the
// courier without easy returns, which the lookup must leave out.
const RETURN_COURIERS_SQL = `
INSERT INTO "_OrderItemEasyReturnCompanies" ("A", "B")
SELECT item.id, company.id
FROM order_items AS item
CROSS JOIN (VALUES (1), (2), (3)) AS company(id)
WHERE item.order_id BETWEEN $1 AND $2 AND item.status = 550
  AND (company.id < 3 OR item.id % 4 = 0)`;

// Some delivered orders already have a return request on their first item, in varied states,
// so lookups also read and serialize cancellation requests.
const REQUESTS_SQL = `
INSERT INTO cancellation_requests (uuid, order_item_id, cancellation_type, status, reason_id,
                                   quantity, shipping_company_id, pickup_address_id,
                                   created_date, modified_date)
SELECT gen_random_uuid(), first_item.id, 'refund',
       (ARRAY['open', 'waiting', 'completed', 'rejected'])[o.id % 4 + 1]::"CancellationRequestStatus",
       4 + o.id % 2, 1, 1, o.shipping_address_id, now() - interval '1 day', now() - interval '1 day'
FROM orders AS o
CROSS JOIN LATERAL (
  SELECT id FROM order_items WHERE order_id = o.id ORDER BY id LIMIT 1
) AS first_item
WHERE o.id BETWEEN $1 AND $2 AND o.status = 550 AND o.id % 40 = 12`;

const STATEMENTS = [
  { table: "users", sql: USERS_SQL },
  { table: "addresses", sql: ADDRESSES_SQL },
  { table: "orders", sql: ORDERS_SQL },
  { table: "order_items", sql: ITEMS_SQL },
  { table: "discount_items", sql: DISCOUNTS_SQL },
  { table: "loyalty_transactions", sql: LOYALTY_SQL },
  { table: "_OrderItemEasyReturnCompanies", sql: RETURN_COURIERS_SQL },
  { table: "cancellation_requests", sql: REQUESTS_SQL },
];

/** Inserts orders `firstId`..`lastId` with everything they refer to, in one transaction. */
export async function insertOrderRange(
  client: pg.Client,
  firstId: number,
  lastId: number,
): Promise<Record<string, number>> {
  const rowCounts: Record<string, number> = {};
  await client.query("BEGIN");
  try {
    for (const statement of STATEMENTS) {
      const result = await client.query(statement.sql, [firstId, lastId]);
      rowCounts[statement.table] = result.rowCount ?? 0;
    }
    await client.query("COMMIT");
  } catch (error) {
    await client.query("ROLLBACK");
    throw error;
  }
  return rowCounts;
}

/** Moves the id sequences past the explicit ids and refreshes the planner's statistics. */
export async function finishLoad(client: pg.Client): Promise<void> {
  for (const table of [
    "countries",
    "cities",
    "payment_options",
    "banks",
    "shipping_options",
    "cancellation_reasons",
    "users",
    "addresses",
    "orders",
  ]) {
    await client.query(
      `SELECT setval(pg_get_serial_sequence('${table}', 'id'), (SELECT max(id) FROM ${table}))`,
    );
  }
  await client.query("ANALYZE");
}
