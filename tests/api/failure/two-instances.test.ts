import { randomBytes, randomUUID } from "node:crypto";

import { afterAll, beforeAll, describe, expect, it } from "vitest";

import type { Database } from "@/lib/db";
import en from "@/messages/en.json";
import { ApiClient } from "@/tests/support/api-client";
import {
  BULK_PATH,
  LOOKUP_PATH,
  SINGLE_PATH,
  cancelBody,
  countWrites,
  createTestReasons,
  postJson,
  type JsonResponse,
  type TestReasons,
} from "@/tests/support/cancellations";
import { isPostgresRun, openTestDatabase } from "@/tests/support/database";
import { createOrder, uniqueOrderNumber } from "@/tests/support/factories";
import { startServeProcess, type ServeProcess } from "@/tests/support/serve-process";

// Two server processes on different ports share only the PostgreSQL database and APP_SECRET, as
// instances behind a load balancer would. Sessions and CSRF tokens are signed cookies, so either
// instance accepts the other's. Idempotency keys, rate limit counters and row locks live in
// PostgreSQL, so their guarantees must hold across the two. PGlite cannot be shared by processes.

const LOOKUP_LIMIT = 3;
const REPLAYED = "idempotent-replayed";

let database: Database;
let reasons: TestReasons;
let instances: ServeProcess[] = [];

/** Returns a fresh IPv6 address from the documentation range, so its rate limit key is unused. */
function uniqueClientAddress(): string {
  const hex = randomBytes(8).toString("hex");
  return `2001:db8:1::${hex.slice(0, 4)}:${hex.slice(4, 8)}:${hex.slice(8, 12)}:${hex.slice(12)}`;
}

function nonFieldError(code: keyof typeof en.errors) {
  return { non_field_errors: en.errors[code], error_code: code };
}

/** Browsers with their CSRF tokens fetched, alternating between the two instances. */
async function browsers(count: number): Promise<ApiClient[]> {
  const list = Array.from(
    { length: count },
    (_, index) => new ApiClient(instances[index % instances.length]!.url),
  );
  await Promise.all(list.map((browser) => browser.ensureCsrfToken()));
  return list;
}

describe.runIf(isPostgresRun())("two app instances on one database", () => {
  beforeAll(async () => {
    database = await openTestDatabase();
    reasons = await createTestReasons(database.prisma);
    const env = {
      APP_SECRET: randomBytes(32).toString("hex"),
      LOOKUP_RATE_LIMIT_MAX: String(LOOKUP_LIMIT),
      // The test plays many clients: one trusted hop keeps the X-Forwarded-For it sends.
      TRUSTED_PROXY_HOPS: "1",
    };
    instances = await Promise.all([startServeProcess(env), startServeProcess(env)]);
  });

  afterAll(async () => {
    await Promise.all(instances.map((instance) => instance.stop()));
    await database?.close();
  });

  it("accepts a session proved on the other", async () => {
    const order = await createOrder(database.prisma);
    const onFirst = new ApiClient(instances[0]!.url);
    const lookup = await postJson(
      onFirst,
      LOOKUP_PATH,
      { email: order.email, order: order.number },
      { "x-forwarded-for": uniqueClientAddress() },
    );
    expect(lookup.status).toBe(200);

    // The same cookies, CSRF token included, sent to the second instance.
    const onSecond = new ApiClient(instances[1]!.url);
    for (const name of ["csrftoken", "guest_session"]) {
      onSecond.setCookie(name, onFirst.cookie(name)!);
    }
    const sessionOnly = cancelBody(order, reasons.cancel);
    delete sessionOnly.email;
    delete sessionOnly.number;
    const response = await postJson(onSecond, SINGLE_PATH, sessionOnly, {
      "x-csrftoken": onFirst.cookie("csrftoken")!,
    });

    expect(response.status, response.text).toBe(200);
  });

  it("runs one idempotency key once across both", { timeout: 60_000 }, async () => {
    const order = await createOrder(database.prisma, { items: [{ quantity: 100 }] });
    const rounds = 8;
    const clients = await browsers(6);

    for (let round = 0; round < rounds; round++) {
      const key = randomUUID();
      const path = round % 2 === 0 ? SINGLE_PATH : BULK_PATH;
      const entry = cancelBody(order, reasons.cancel, { quantity: 1 });
      const body = path === SINGLE_PATH ? entry : { cancel_order_items: [entry] };

      const responses = await Promise.all(
        clients.map((client) => postJson(client, path, body, { "idempotency-key": key })),
      );

      const fresh = responses.filter(
        (response) => response.status < 300 && response.headers.get(REPLAYED) === null,
      );
      expect(fresh, `round ${round}`).toHaveLength(1);
      for (const response of responses) {
        if (response.status < 300) expect(response.text).toBe(fresh[0]!.text);
        else expect(response.body).toEqual(nonFieldError("idempotency_100_2"));
      }
    }
    expect(await countWrites(database.prisma, [order])).toEqual({
      requests: rounds,
      easyReturns: 0,
    });
  });

  it("grants the last units once across both", { timeout: 60_000 }, async () => {
    const order = await createOrder(database.prisma, { items: [{ quantity: 4 }] });
    const clients = await browsers(40);

    const responses: JsonResponse[] = await Promise.all(
      clients.map((client, index) =>
        index % 3 === 0
          ? postJson(client, BULK_PATH, {
              cancel_order_items: [cancelBody(order, reasons.cancel, { quantity: 1 })],
            })
          : postJson(client, SINGLE_PATH, cancelBody(order, reasons.cancel, { quantity: 1 })),
      ),
    );

    const granted = responses.filter((response) => response.status < 300);
    expect(granted).toHaveLength(4);
    for (const response of responses.filter((entry) => entry.status >= 300)) {
      const error =
        (response.body as { cancel_order_items?: Record<string, unknown> }).cancel_order_items?.[
          "0"
        ] ?? response.body;
      expect(error, response.text).toEqual(nonFieldError("cancellation_request_100_1"));
    }
    const stored = await database.prisma.cancellationRequest.aggregate({
      where: { orderItemId: order.items[0]!.id },
      _sum: { quantity: true },
    });
    expect(stored._sum.quantity).toBe(4);
  });

  it("grants concurrent lookups the limit once", async () => {
    const address = uniqueClientAddress();
    const clients = await browsers(12);

    const responses = await Promise.all(
      clients.map((client) =>
        postJson(
          client,
          LOOKUP_PATH,
          { email: "nobody@example.com", order: uniqueOrderNumber() },
          { "x-forwarded-for": address },
        ),
      ),
    );

    const statuses = responses.map((response) => response.status);
    expect(statuses.filter((status) => status === 404)).toHaveLength(LOOKUP_LIMIT);
    expect(statuses.filter((status) => status === 429)).toHaveLength(12 - LOOKUP_LIMIT);
  });
});
