import { describe, expect, it } from "vitest";

import { describeStatement } from "./statement-kind";

describe("describeStatement", () => {
  it.each([
    [
      'INSERT INTO "public"."cancellation_requests" ("uuid") VALUES ($1)',
      "INSERT INTO cancellation_requests",
    ],
    [
      "INSERT INTO rate_limit_counters AS counter (key) VALUES ($1)",
      "INSERT INTO rate_limit_counters",
    ],
    ['UPDATE "public"."idempotency_records" SET "status_code" = $1', "UPDATE idempotency_records"],
    [
      "DELETE FROM rate_limit_counters WHERE starts_with(key, $1)",
      "DELETE FROM rate_limit_counters",
    ],
    [
      'SELECT "t1"."id" FROM "public"."orders" AS "t1" WHERE "t1"."number" = $1',
      "SELECT … FROM orders",
    ],
    ["COMMIT", "COMMIT"],
    ["begin", "BEGIN"],
  ])("names %j as %j", (query, expected) => {
    expect(describeStatement(query)).toBe(expected);
  });

  it("skips tables of subqueries in the column list", () => {
    const query = `SELECT o.id, (SELECT count(*) FROM order_items WHERE order_id = o.id)
                   FROM orders o`;
    expect(describeStatement(query)).toBe("SELECT … FROM orders");
  });

  it("skips a set-returning function and marks a row lock", () => {
    const query = `SELECT oi.id FROM unnest($1::int[]) AS requested(id)
                   JOIN order_items oi ON oi.id = requested.id ORDER BY oi.id FOR UPDATE OF oi`;
    expect(describeStatement(query)).toBe("SELECT … FROM order_items FOR UPDATE");
  });
});
