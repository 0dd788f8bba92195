import type pg from "pg";

/**
 * Every order id that is a multiple of this is a cancellation target: an approved, uninvoiced
 * guest order paid by card whose first item has HUGE_QUANTITY units, so cancel requests of one
 * unit keep succeeding however long the benchmark runs.
 */
export const CANCEL_TARGET_EVERY = 50;
/**
 * Order ids with this remainder modulo CANCEL_TARGET_EVERY are return targets: delivered two
 * days ago, returnable, with the same huge first item.
 */
export const RETURN_TARGET_OFFSET = 25;
export const HUGE_QUANTITY = 1_000_000;
/** Order ids with this remainder modulo 20 belong to registered users, whom guest lookup skips. */
export const REGISTERED_REMAINDER = 7;

// The data set is a pure function of the order id: these session-local (pg_temp) helpers
// decide each order's status, item count, products and quantities, so the orders insert can
// compute its totals from the same values the items insert writes. Status mix per 20 orders:
// 3 approved, 2 preparing, waiting, payment waiting, confirmation waiting, shipped, shipped and
// informed, 9 delivered (about half of them inside the 14-day return window), cancelled,
// refunded. Orders have 1 to 5 items, 3 on average.
const FUNCTIONS_SQL = `
CREATE TEMP TABLE bench_products (
  idx int PRIMARY KEY, product_id int, name text, sku text, base_code text, image text,
  attributes jsonb, price numeric(12, 2), is_returnable boolean
);

INSERT INTO bench_products VALUES
  (0, 1001, 'Merino Crew Neck Sweater', 'GOP-MSW-NAVY-M', 'GOP-MSW', '/products/merino-sweater.svg',
   '{"color": "Navy", "size": "M"}', 899.90, true),
  (1, 1002, 'Ceramic Coffee Mug', 'GOP-CMG-TEAL', 'GOP-CMG', '/products/coffee-mug.svg',
   '{"color": "Teal"}', 149.90, true),
  (2, 1003, 'Linen Tea Towel Set', 'GOP-LTT-NATURAL', 'GOP-LTT', '/products/tea-towels.svg',
   '{"color": "Natural"}', 219.00, true),
  (3, 1004, 'Cotton Piqué Polo Shirt', 'GOP-PQP-WHITE-L', 'GOP-PQP', '/products/polo-shirt.svg',
   '{"color": "White", "size": "L"}', 459.00, true),
  (4, 1005, 'Canvas Sneakers', 'GOP-CSN-OFFWHITE-42', 'GOP-CSN', '/products/canvas-sneakers.svg',
   '{"color": "Off-white", "size": "42"}', 1299.00, true),
  (5, 1006, 'Wool Scarf', 'GOP-WSC-CHARCOAL', 'GOP-WSC', '/products/wool-scarf.svg',
   '{"color": "Charcoal"}', 389.50, true),
  (6, 1007, 'Leather Card Holder', 'GOP-LCH-COGNAC', 'GOP-LCH', '/products/card-holder.svg',
   '{"color": "Cognac"}', 275.00, true),
  (7, 1008, 'Slim Fit Chinos', 'GOP-SFC-NAVY-32', 'GOP-SFC', '/products/slim-chinos.svg',
   '{"color": "Navy", "size": "32"}', 649.00, true),
  (8, 1009, 'Organic Cotton T-Shirt', 'GOP-OCT-WHITE-M', 'GOP-OCT', '/products/organic-tee.svg',
   '{"color": "White", "size": "M"}', 199.90, true),
  (9, 1010, 'Denim Jacket', 'GOP-DNJ-MIDBLUE-M', 'GOP-DNJ', '/products/denim-jacket.svg',
   '{"color": "Mid Blue", "size": "M"}', 1149.00, true),
  (10, 1011, 'Organic Cotton Socks, 3 Pairs', 'GOP-OCS-MIXED', 'GOP-OCS', '/products/socks-3-pack.svg',
   '{"color": "Mixed"}', 129.90, false),
  (11, 1012, 'Scented Soy Candle', 'GOP-SSC-FIG', 'GOP-SSC', NULL,
   '{"scent": "Fig"}', 179.00, false);

CREATE FUNCTION pg_temp.bench_order_status(order_id int) RETURNS int
LANGUAGE sql IMMUTABLE AS $$
  SELECT CASE
    WHEN order_id % ${CANCEL_TARGET_EVERY} = 0 THEN 400
    WHEN order_id % ${CANCEL_TARGET_EVERY} = ${RETURN_TARGET_OFFSET} THEN 550
    ELSE (ARRAY[400, 400, 400, 450, 450, 200, 300, 350, 500, 510,
                550, 550, 550, 550, 550, 550, 550, 100, 600, 550])[order_id % 20 + 1]
  END
$$;

CREATE FUNCTION pg_temp.bench_item_count(order_id int) RETURNS int
LANGUAGE sql IMMUTABLE AS $$ SELECT 1 + (order_id * 7) % 5 $$;

CREATE FUNCTION pg_temp.bench_product_index(order_id int, n int) RETURNS int
LANGUAGE sql IMMUTABLE AS $$ SELECT (order_id * 3 + n * 5) % 12 $$;

CREATE FUNCTION pg_temp.bench_item_quantity(order_id int, n int) RETURNS int
LANGUAGE sql IMMUTABLE AS $$
  SELECT CASE
    WHEN n = 1 AND order_id % ${CANCEL_TARGET_EVERY} IN (0, ${RETURN_TARGET_OFFSET}) THEN ${HUGE_QUANTITY}
    ELSE 1 + (order_id + n) % 3
  END
$$;

CREATE FUNCTION pg_temp.bench_delivered_at(order_id int) RETURNS timestamptz
LANGUAGE sql STABLE AS $$
  SELECT CASE
    WHEN order_id % ${CANCEL_TARGET_EVERY} = ${RETURN_TARGET_OFFSET} THEN now() - interval '2 days'
    ELSE now() - (order_id % 30) * interval '1 day' - (order_id % 24) * interval '1 hour'
  END
$$;

CREATE FUNCTION pg_temp.bench_items_total(order_id int) RETURNS numeric
LANGUAGE sql STABLE AS $$
  SELECT sum(product.price * pg_temp.bench_item_quantity(order_id, n))
  FROM generate_series(1, pg_temp.bench_item_count(order_id)) AS n
  JOIN bench_products AS product ON product.idx = pg_temp.bench_product_index(order_id, n)
$$;
`;

/** Creates the generator's helper table and functions; they live as long as this connection. */
export async function createGeneratorFunctions(client: pg.Client): Promise<void> {
  await client.query(FUNCTIONS_SQL);
}
