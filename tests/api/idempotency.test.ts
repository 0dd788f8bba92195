import { randomUUID } from "node:crypto";

import { afterAll, beforeAll, describe, expect, it } from "vitest";

import type { Database } from "@/lib/db";
import {
  claimIdempotencyKey,
  completeIdempotencyKey,
  purgeExpiredIdempotencyRecords,
  releaseIdempotencyKey,
} from "@/lib/idempotency/idempotency-records";
import { hashRequest } from "@/lib/idempotency/request-hash";
import { ORDER_STATUS } from "@/lib/orders/status";
import en from "@/messages/en.json";
import { ApiClient } from "@/tests/support/api-client";
import { startAppServer, type AppServer } from "@/tests/support/app-server";
import {
  BULK_PATH,
  LOOKUP_PATH,
  SINGLE_PATH,
  cancelBody,
  countWrites,
  createTestReasons,
  postJson,
  type TestReasons,
} from "@/tests/support/cancellations";
import { isPostgresRun, openTestDatabase } from "@/tests/support/database";
import { createOrder } from "@/tests/support/factories";

let database: Database;
let app: AppServer;
let reasons: TestReasons;

beforeAll(async () => {
  database = await openTestDatabase();
  app = await startAppServer();
  reasons = await createTestReasons(database.prisma);
});

afterAll(async () => {
  await app.close();
  await database.close();
});

const REPLAYED = "idempotent-replayed";
/** The requester of a browser without a guest session. */
const NO_SESSION = "guest-orders:";

function client(): ApiClient {
  return new ApiClient(app.url);
}

function withKey(key: string) {
  return { "idempotency-key": key };
}

function nonFieldError(code: keyof typeof en.errors) {
  return { non_field_errors: en.errors[code], error_code: code };
}

function hashOf(body: unknown, requester = NO_SESSION, path = SINGLE_PATH): string {
  return hashRequest({ method: "POST", path, requester, body });
}

describe("Idempotency-Key: replays", () => {
  it("replays the first response", async () => {
    const order = await createOrder(database.prisma, { items: [{ quantity: 3 }] });
    const key = randomUUID();
    const body = cancelBody(order, reasons.cancel, { quantity: 1 });

    const first = await postJson(client(), SINGLE_PATH, body, withKey(key));
    const second = await postJson(client(), SINGLE_PATH, body, withKey(key));

    expect(first.status).toBe(200);
    expect(first.headers.get(REPLAYED)).toBeNull();
    expect(second.status).toBe(200);
    expect(second.headers.get(REPLAYED)).toBe("true");
    expect(second.text).toBe(first.text);
    expect(await countWrites(database.prisma, [order])).toEqual({ requests: 1, easyReturns: 0 });
  });

  it("ignores key order and spacing", async () => {
    const order = await createOrder(database.prisma, { items: [{ quantity: 3 }] });
    const key = randomUUID();
    const body = cancelBody(order, reasons.cancel, { quantity: 1 });
    const reordered = Object.fromEntries(Object.entries(body).reverse());

    const first = await postJson(client(), SINGLE_PATH, body, withKey(key));
    const second = await postJson(
      client(),
      SINGLE_PATH,
      JSON.stringify(reordered, null, 4),
      withKey(key),
    );

    expect(second.headers.get(REPLAYED)).toBe("true");
    expect(second.text).toBe(first.text);
  });

  it("replays a bulk response", async () => {
    const order = await createOrder(database.prisma, { items: [{}, {}] });
    const key = randomUUID();
    const body = {
      cancel_order_items: [
        cancelBody(order, reasons.cancel, {}, 0),
        cancelBody(order, reasons.cancel, {}, 1),
      ],
    };

    const first = await postJson(client(), BULK_PATH, body, withKey(key));
    const second = await postJson(client(), BULK_PATH, body, withKey(key));

    expect(first.status).toBe(201);
    expect(second.status).toBe(201);
    expect(second.headers.get(REPLAYED)).toBe("true");
    expect(second.text).toBe(first.text);
    expect(await countWrites(database.prisma, [order])).toEqual({ requests: 2, easyReturns: 0 });
  });

  it("replays a rule rejection", async () => {
    const order = await createOrder(database.prisma, { items: [{ status: ORDER_STATUS.shipped }] });
    const key = randomUUID();
    const body = cancelBody(order, reasons.cancel);

    const first = await postJson(client(), SINGLE_PATH, body, withKey(key));
    await database.prisma.orderItem.update({
      where: { id: order.items[0]!.id },
      data: { status: ORDER_STATUS.approved },
    });
    const second = await postJson(client(), SINGLE_PATH, body, withKey(key));

    expect(first.status).toBe(406);
    expect(first.body).toEqual(nonFieldError("cancellation_request_100_3"));
    expect(second.status).toBe(406);
    expect(second.headers.get(REPLAYED)).toBe("true");
    expect(second.text).toBe(first.text);
    expect(await countWrites(database.prisma, [order])).toEqual({ requests: 0, easyReturns: 0 });
  });

  it("keeps keys apart per path", async () => {
    const order = await createOrder(database.prisma, { items: [{}, {}] });
    const key = randomUUID();

    const single = await postJson(
      client(),
      SINGLE_PATH,
      cancelBody(order, reasons.cancel, {}, 0),
      withKey(key),
    );
    const bulk = await postJson(
      client(),
      BULK_PATH,
      { cancel_order_items: [cancelBody(order, reasons.cancel, {}, 1)] },
      withKey(key),
    );

    expect(single.status).toBe(200);
    expect(bulk.status).toBe(201);
    expect(bulk.headers.get(REPLAYED)).toBeNull();
  });
});

describe("Idempotency-Key: conflicts", () => {
  it("rejects the key with another body", async () => {
    const order = await createOrder(database.prisma, { items: [{ quantity: 3 }] });
    const key = randomUUID();

    const first = await postJson(
      client(),
      SINGLE_PATH,
      cancelBody(order, reasons.cancel, { quantity: 1 }),
      withKey(key),
    );
    const second = await postJson(
      client(),
      SINGLE_PATH,
      cancelBody(order, reasons.cancel, { quantity: 2 }),
      withKey(key),
    );

    expect(first.status).toBe(200);
    expect(second.status).toBe(422);
    expect(second.body).toEqual(nonFieldError("idempotency_100_1"));
    expect(await countWrites(database.prisma, [order])).toEqual({ requests: 1, easyReturns: 0 });
  });

  it("never replays to another browser", async () => {
    const order = await createOrder(database.prisma, { items: [{ quantity: 3 }] });
    const owner = client();
    const lookup = await postJson(owner, LOOKUP_PATH, { email: order.email, order: order.number });
    expect(lookup.status).toBe(200);
    const key = randomUUID();
    const body = {
      order_item: order.items[0]!.id,
      reason: reasons.cancel,
      cancellation_type: "cancel",
      quantity: 1,
    };

    const first = await postJson(owner, SINGLE_PATH, body, withKey(key));
    const stranger = await postJson(client(), SINGLE_PATH, body, withKey(key));

    expect(first.status).toBe(200);
    expect(stranger.status).toBe(422);
    expect(stranger.body).toEqual(nonFieldError("idempotency_100_1"));
    expect(stranger.text).not.toContain((first.body as { uuid: string }).uuid);
  });

  it("answers 409 while the first request runs", async () => {
    const order = await createOrder(database.prisma);
    const key = randomUUID();
    const body = cancelBody(order, reasons.cancel);
    await database.prisma.idempotencyRecord.create({
      data: { scope: SINGLE_PATH, key, requestHash: hashOf(body), statusCode: 0, responseBody: {} },
    });

    const response = await postJson(client(), SINGLE_PATH, body, withKey(key));

    expect(response.status).toBe(409);
    expect(response.body).toEqual(nonFieldError("idempotency_100_2"));
    expect(await countWrites(database.prisma, [order])).toEqual({ requests: 0, easyReturns: 0 });
  });

  it("takes over an abandoned claim", async () => {
    const order = await createOrder(database.prisma);
    const key = randomUUID();
    const body = cancelBody(order, reasons.cancel);
    await database.prisma.idempotencyRecord.create({
      data: {
        scope: SINGLE_PATH,
        key,
        requestHash: hashOf(body),
        statusCode: 0,
        responseBody: {},
        createdDate: new Date(Date.now() - 2 * 60 * 1000),
      },
    });

    const response = await postJson(client(), SINGLE_PATH, body, withKey(key));

    expect(response.status).toBe(200);
    expect(response.headers.get(REPLAYED)).toBeNull();
  });

  it("forgets records after 24 hours", async () => {
    const order = await createOrder(database.prisma);
    const key = randomUUID();
    await database.prisma.idempotencyRecord.create({
      data: {
        scope: SINGLE_PATH,
        key,
        requestHash: "an older request",
        statusCode: 200,
        responseBody: JSON.stringify({ old: true }),
        createdDate: new Date(Date.now() - 25 * 60 * 60 * 1000),
      },
    });

    const response = await postJson(
      client(),
      SINGLE_PATH,
      cancelBody(order, reasons.cancel),
      withKey(key),
    );

    expect(response.status).toBe(200);
    expect(response.headers.get(REPLAYED)).toBeNull();
    const record = await database.prisma.idempotencyRecord.findUniqueOrThrow({
      where: { scope_key: { scope: SINGLE_PATH, key } },
    });
    expect(record.statusCode).toBe(200);
    expect(record.requestHash).toBe(hashOf(cancelBody(order, reasons.cancel)));
  });

  it.runIf(isPostgresRun())("runs concurrent duplicates once", async () => {
    const order = await createOrder(database.prisma, { items: [{ quantity: 5 }] });
    const key = randomUUID();
    const body = cancelBody(order, reasons.cancel, { quantity: 1 });
    const clients = Array.from({ length: 10 }, () => client());
    await Promise.all(clients.map((entry) => entry.ensureCsrfToken()));

    const responses = await Promise.all(
      clients.map((entry) => postJson(entry, SINGLE_PATH, body, withKey(key))),
    );

    const fresh = responses.filter((r) => r.status === 200 && r.headers.get(REPLAYED) === null);
    expect(fresh).toHaveLength(1);
    for (const response of responses) {
      if (response.status === 200) expect(response.text).toBe(fresh[0]!.text);
      else expect(response.body).toEqual(nonFieldError("idempotency_100_2"));
    }
    expect(await countWrites(database.prisma, [order])).toEqual({ requests: 1, easyReturns: 0 });
  });
});

describe("Idempotency-Key: what is stored", () => {
  it("does not store a validation failure", async () => {
    const order = await createOrder(database.prisma);
    const key = randomUUID();

    const invalid = await postJson(
      client(),
      SINGLE_PATH,
      cancelBody(order, reasons.cancel, { quantity: 0 }),
      withKey(key),
    );
    const valid = await postJson(
      client(),
      SINGLE_PATH,
      cancelBody(order, reasons.cancel),
      withKey(key),
    );

    expect(invalid.status).toBe(400);
    expect(valid.status).toBe(200);
    expect(valid.headers.get(REPLAYED)).toBeNull();
  });

  it("does not store a CSRF failure", async () => {
    const order = await createOrder(database.prisma);
    const key = randomUUID();

    const forged = await fetch(`${app.url}${SINGLE_PATH}`, {
      method: "POST",
      headers: { "content-type": "application/json", "idempotency-key": key },
      body: JSON.stringify(cancelBody(order, reasons.cancel)),
    });
    const genuine = await postJson(
      client(),
      SINGLE_PATH,
      cancelBody(order, reasons.cancel),
      withKey(key),
    );

    expect(forged.status).toBe(403);
    expect(genuine.status).toBe(200);
    expect(genuine.headers.get(REPLAYED)).toBeNull();
  });

  it("stores nothing without a key", async () => {
    const order = await createOrder(database.prisma, { items: [{ quantity: 2 }] });
    const body = cancelBody(order, reasons.cancel, { quantity: 1 });

    const first = await postJson(client(), SINGLE_PATH, body);
    const second = await postJson(client(), SINGLE_PATH, body);

    expect(first.status).toBe(200);
    expect(second.status).toBe(200);
    expect(second.headers.get(REPLAYED)).toBeNull();
    expect(await countWrites(database.prisma, [order])).toEqual({ requests: 2, easyReturns: 0 });
  });

  it.each([
    ["an empty key", ""],
    ["a 256-character key", "k".repeat(256)],
    ["a key with a space", "two words"],
    ["a non-ASCII key", "caf\u00e9"],
  ])("rejects %s", async (_name, key) => {
    const order = await createOrder(database.prisma);
    const response = await postJson(
      client(),
      SINGLE_PATH,
      cancelBody(order, reasons.cancel),
      withKey(key),
    );

    expect(response.status).toBe(400);
    expect(response.body).toEqual(nonFieldError("request_100_5"));
    expect(await countWrites(database.prisma, [order])).toEqual({ requests: 0, easyReturns: 0 });
  });

  it("accepts a 255-character key", async () => {
    const order = await createOrder(database.prisma);
    const key = `${randomUUID()}${"~".repeat(219)}`;
    expect(key).toHaveLength(255);

    const response = await postJson(
      client(),
      SINGLE_PATH,
      cancelBody(order, reasons.cancel),
      withKey(key),
    );
    expect(response.status).toBe(200);
  });
});

describe("idempotency records", () => {
  const scope = "/tests/idempotency/";

  it("release lets a retry claim again", async () => {
    const id = { scope, key: randomUUID(), requestHash: "hash-a" };

    expect(await claimIdempotencyKey(database.prisma, id)).toEqual({ kind: "claimed" });
    await expect(claimIdempotencyKey(database.prisma, id)).rejects.toMatchObject({
      code: "idempotency_100_2",
    });
    await releaseIdempotencyKey(database.prisma, id);
    expect(await claimIdempotencyKey(database.prisma, id)).toEqual({ kind: "claimed" });
  });

  it("completion makes repeats replay", async () => {
    const id = { scope, key: randomUUID(), requestHash: "hash-b" };
    const body = { zebra: 1, apple: [2, { b: 3, a: 4 }] };

    await claimIdempotencyKey(database.prisma, id);
    await completeIdempotencyKey(database.prisma, id, { status: 201, body });

    const replay = await claimIdempotencyKey(database.prisma, id);
    expect(replay).toEqual({ kind: "replay", status: 201, body });
    expect(JSON.stringify((replay as { body: unknown }).body)).toBe(JSON.stringify(body));
    await expect(
      claimIdempotencyKey(database.prisma, { ...id, requestHash: "hash-c" }),
    ).rejects.toMatchObject({ code: "idempotency_100_1" });
  });

  it("release keeps a completed record", async () => {
    const id = { scope, key: randomUUID(), requestHash: "hash-d" };

    await claimIdempotencyKey(database.prisma, id);
    await completeIdempotencyKey(database.prisma, id, { status: 200, body: { ok: true } });
    await releaseIdempotencyKey(database.prisma, id);

    expect(await claimIdempotencyKey(database.prisma, id)).toMatchObject({ kind: "replay" });
  });

  it("purge deletes only expired records", async () => {
    const old = { scope, key: randomUUID(), requestHash: "old" };
    const fresh = { scope, key: randomUUID(), requestHash: "fresh" };
    await database.prisma.idempotencyRecord.createMany({
      data: [
        {
          ...old,
          statusCode: 200,
          responseBody: "{}",
          createdDate: new Date(Date.now() - 25 * 3600_000),
        },
        { ...fresh, statusCode: 200, responseBody: "{}" },
      ],
    });

    expect(await purgeExpiredIdempotencyRecords(database.prisma)).toBeGreaterThanOrEqual(1);
    const keys = await database.prisma.idempotencyRecord.findMany({
      where: { scope, key: { in: [old.key, fresh.key] } },
      select: { key: true },
    });
    expect(keys).toEqual([{ key: fresh.key }]);
  });
});
