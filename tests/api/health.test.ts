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

describe("GET /api/health/", () => {
  it("returns ok when the database answers", async () => {
    const response = await fetch(`${app.url}/api/health/`);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: "ok" });
  });
});
