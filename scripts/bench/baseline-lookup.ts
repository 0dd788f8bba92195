import type pg from "pg";

// The guest lookup reduced to what any implementation must do: parse the JSON body, read the
// order by its unique number with its addresses, items and the items' return couriers in one
// indexed query, check the email, and send JSON. The two baselines (a bare node:http server
// and a bare Next.js route handler) share this code, so they differ only in the framework.
// It skips what the portal adds on purpose: CSRF, rate limits, sessions, translations,
// eligibility rules and the serializer's field list.

const LOOKUP_SQL = `
SELECT row_to_json(o) AS "order",
       row_to_json(shipping) AS shipping_address,
       row_to_json(billing) AS billing_address,
       COALESCE((
         SELECT json_agg(json_build_object(
                  'item', row_to_json(item),
                  'easy_return_companies', (
                    SELECT COALESCE(json_agg(row_to_json(company) ORDER BY company.id), '[]')
                    FROM "_OrderItemEasyReturnCompanies" AS link
                    JOIN shipping_companies AS company ON company.id = link."B"
                    WHERE link."A" = item.id AND company.is_easy_return_enabled
                  )) ORDER BY item.id)
         FROM order_items AS item
         WHERE item.order_id = o.id
       ), '[]') AS items
FROM orders AS o
JOIN addresses AS shipping ON shipping.id = o.shipping_address_id
JOIN addresses AS billing ON billing.id = o.billing_address_id
WHERE o.number = $1`;

export interface BaselineResponse {
  status: number;
  body: unknown;
}

interface LookupRow {
  order: { user_email: string };
  shipping_address: unknown;
  billing_address: unknown;
  items: unknown[];
}

/** Looks up the order of a body {"email", "order"}: 200 with the order, else 404 or 400. */
export async function lookUpBaselineOrder(
  pool: pg.Pool,
  rawBody: string,
): Promise<BaselineResponse> {
  const credentials = parseCredentials(rawBody);
  if (!credentials) return { status: 400, body: { detail: "email and order are required" } };

  const result = await pool.query<LookupRow>(LOOKUP_SQL, [credentials.number]);
  const row = result.rows[0];
  if (!row || row.order.user_email.toLowerCase() !== credentials.email) {
    return { status: 404, body: { detail: "Not found." } };
  }

  const order = {
    ...row.order,
    shipping_address: row.shipping_address,
    billing_address: row.billing_address,
    items: row.items,
  };
  return { status: 200, body: { count: 1, next: null, previous: null, results: [order] } };
}

function parseCredentials(rawBody: string): { email: string; number: string } | undefined {
  let body: unknown;
  try {
    body = JSON.parse(rawBody);
  } catch {
    return undefined;
  }
  if (typeof body !== "object" || body === null) return undefined;

  const { email, order } = body as Record<string, unknown>;
  if (typeof email !== "string" || typeof order !== "string") return undefined;
  return { email: email.trim().toLowerCase(), number: order.trim() };
}
