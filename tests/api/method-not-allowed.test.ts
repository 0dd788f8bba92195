import { afterAll, beforeAll, describe, expect, it } from "vitest";

import type { Database } from "@/lib/db";
import { startAppServer, type AppServer } from "@/tests/support/app-server";
import { openTestDatabase } from "@/tests/support/database";

let database: Database;
let app: AppServer;

beforeAll(async () => {
  database = await openTestDatabase();
  app = await startAppServer();
});

afterAll(async () => {
  await app.close();
  await database.close();
});

const POST_ONLY_PATHS = [
  "/users/orders/anonymous/",
  "/users/orders/anonymous/cancellation_requests/",
  "/users/orders/anonymous/bulk_cancellation_requests/",
];

describe("methods other than POST", () => {
  for (const path of POST_ONLY_PATHS) {
    for (const method of ["GET", "PUT", "PATCH", "DELETE"]) {
      it(`${method} ${path} gets 405 in the error shape`, async () => {
        const response = await fetch(`${app.url}${path}`, {
          method,
          headers: { "Accept-Language": "tr-TR" },
        });

        expect(response.status).toBe(405);
        expect(response.headers.get("allow")).toBe("POST");
        expect(await response.json()).toEqual({
          non_field_errors: "Bu uç nokta bu HTTP yöntemini kabul etmez.",
          error_code: "request_100_7",
        });
      });
    }
  }
});
