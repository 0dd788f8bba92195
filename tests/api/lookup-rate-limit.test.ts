import { spawn, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import net from "node:net";

import { afterAll, beforeAll, describe, expect, it } from "vitest";

import type { Database } from "@/lib/db";
import { countAttempts, deleteExpiredCounters } from "@/lib/rate-limit/fixed-window";
import { SESSION_COOKIE } from "@/lib/session/guest-session";
import { ApiClient } from "@/tests/support/api-client";
import { startAppServer, type AppServer } from "@/tests/support/app-server";
import { isPostgresRun, openTestDatabase } from "@/tests/support/database";
import { createOrder, uniqueOrderNumber, uniqueSuffix } from "@/tests/support/factories";

// The app reads the limits on every request, so these apply to the in-process app below.
const MAX_ATTEMPTS = 3;
const WINDOW_SECONDS = 600;
process.env.LOOKUP_RATE_LIMIT_MAX = String(MAX_ATTEMPTS);
process.env.LOOKUP_RATE_LIMIT_WINDOW_SECONDS = String(WINDOW_SECONDS);

const LOOKUP_PATH = "/users/orders/anonymous/";

let database: Database;
let app: AppServer;

beforeAll(async () => {
  database = await openTestDatabase();
  app = await startAppServer({ keepForwardedFor: true });
});

afterAll(async () => {
  await app.close();
  await database.close();
});

/** Returns a fresh IPv6 address from the documentation range, so its rate limit key is unused. */
function uniqueClientAddress(): string {
  const hex = randomBytes(8).toString("hex");
  return `2001:db8::${hex.slice(0, 4)}:${hex.slice(4, 8)}:${hex.slice(8, 12)}:${hex.slice(12)}`;
}

function unknownOrder(email = "nobody@example.com") {
  return { email, order: uniqueOrderNumber() };
}

async function lookUp(body: unknown, address: string, headers: Record<string, string> = {}) {
  return new ApiClient(app.url).post(LOOKUP_PATH, body, { "x-forwarded-for": address, ...headers });
}

async function expectThrottled(response: Response) {
  expect(response.status).toBe(429);
  const retryAfter = Number(response.headers.get("retry-after"));
  expect(Number.isInteger(retryAfter)).toBe(true);
  expect(retryAfter).toBeGreaterThan(0);
  expect(retryAfter).toBeLessThanOrEqual(WINDOW_SECONDS);
  return { retryAfter, body: (await response.json()) as Record<string, unknown> };
}

describe("POST /users/orders/anonymous/ rate limit", () => {
  it("throttles an address after the limit", async () => {
    const address = uniqueClientAddress();
    for (let attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) {
      const response = await lookUp(unknownOrder(), address);
      expect(response.status, `attempt ${attempt}`).toBe(404);
    }

    const { retryAfter, body } = await expectThrottled(await lookUp(unknownOrder(), address));
    const minutes = Math.ceil(retryAfter / 60);
    expect(body).toEqual({
      non_field_errors: `Too many attempts. Try again in ${minutes} minute${minutes === 1 ? "" : "s"}.`,
      error_code: "rate_limit_100_1",
    });
  });

  it("throttles an order number across addresses", async () => {
    const created = await createOrder(database.prisma);
    for (let attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) {
      const response = await lookUp(
        { email: `wrong-${uniqueSuffix()}@example.com`, order: created.number },
        uniqueClientAddress(),
      );
      expect(response.status, `attempt ${attempt}`).toBe(404);
    }

    // The right email from a new address is still refused, and no order is read for it.
    const api = new ApiClient(app.url);
    const response = await api.post(
      LOOKUP_PATH,
      { email: created.email, order: ` ${created.number} ` },
      { "x-forwarded-for": uniqueClientAddress() },
    );
    await expectThrottled(response);
    expect(api.cookie(SESSION_COOKIE)).toBeUndefined();
  });

  it("counts successful lookups too", async () => {
    const created = await createOrder(database.prisma);
    const address = uniqueClientAddress();
    for (let attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) {
      const response = await lookUp({ email: created.email, order: created.number }, address);
      expect(response.status, `attempt ${attempt}`).toBe(200);
    }

    await expectThrottled(await lookUp({ email: created.email, order: created.number }, address));
  });

  it("explains the limit in Turkish", async () => {
    const address = uniqueClientAddress();
    for (let attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) {
      await lookUp(unknownOrder(), address);
    }

    const response = await lookUp(unknownOrder(), address, { "accept-language": "tr-TR" });
    const { retryAfter, body } = await expectThrottled(response);
    expect(body).toEqual({
      non_field_errors: `Çok fazla deneme yapıldı. ${Math.ceil(retryAfter / 60)} dakika sonra tekrar deneyin.`,
      error_code: "rate_limit_100_1",
    });
  });

  it("grants exactly the limit to concurrent attempts", async () => {
    const address = uniqueClientAddress();
    const responses = await Promise.all(
      Array.from({ length: 10 }, () => lookUp(unknownOrder(), address)),
    );
    const statuses = responses.map((response) => response.status);

    expect(statuses.filter((status) => status === 404)).toHaveLength(MAX_ATTEMPTS);
    expect(statuses.filter((status) => status === 429)).toHaveLength(10 - MAX_ATTEMPTS);
  });

  it("starts a new window once the old one ends", async () => {
    const created = await createOrder(database.prisma);
    const address = uniqueClientAddress();
    for (let attempt = 1; attempt <= MAX_ATTEMPTS + 1; attempt++) {
      await lookUp({ email: created.email, order: created.number }, address);
    }
    await expectThrottled(await lookUp({ email: created.email, order: created.number }, address));

    const keys = [`lookup:ip:${address}`, `lookup:order:${created.number}`];
    await database.prisma.rateLimitCounter.updateMany({
      where: { key: { in: keys } },
      data: { windowStart: new Date(Date.now() - (WINDOW_SECONDS + 1) * 1000) },
    });

    const response = await lookUp({ email: created.email, order: created.number }, address);
    expect(response.status).toBe(200);
    const counters = await database.prisma.rateLimitCounter.findMany({
      where: { key: { in: keys } },
    });
    expect(counters.map((counter) => counter.count)).toEqual([1, 1]);
  });
});

describe("rate limit counters", () => {
  it("counts several keys in one statement", async () => {
    const keys = [`test:b:${uniqueSuffix()}`, `test:a:${uniqueSuffix()}`];

    const first = await countAttempts(database.prisma, keys, 60);
    const second = await countAttempts(database.prisma, keys, 60);

    expect(first.map((counter) => counter.count)).toEqual([1, 1]);
    expect(second.map((counter) => counter.count)).toEqual([2, 2]);
    expect(second.map((counter) => counter.key).sort()).toEqual([...keys].sort());
    for (const counter of second) {
      expect(counter.secondsLeft).toBeGreaterThan(0);
      expect(counter.secondsLeft).toBeLessThanOrEqual(60);
    }
  });

  it("deletes only expired counters under the prefix", async () => {
    const prefix = `cleanup-${uniqueSuffix()}:`;
    const expired = new Date(Date.now() - 120_000);
    await database.prisma.rateLimitCounter.createMany({
      data: [
        { key: `${prefix}old`, count: 4, windowStart: expired },
        { key: `${prefix}current`, count: 4, windowStart: new Date() },
        { key: `other-${uniqueSuffix()}:old`, count: 4, windowStart: expired },
      ],
    });

    const deleted = await deleteExpiredCounters(database.prisma, prefix, 60);

    expect(deleted).toBe(1);
    const left = await database.prisma.rateLimitCounter.findMany({
      where: { key: { startsWith: prefix } },
    });
    expect(left.map((counter) => counter.key)).toEqual([`${prefix}current`]);
  });
});

// Two separate server processes share only the PostgreSQL database, as instances behind a load
// balancer would. PGlite cannot be shared between processes.
describe.runIf(isPostgresRun())("rate limit across two app instances", () => {
  const instances: { url: string; process: ChildProcess }[] = [];

  beforeAll(async () => {
    const appSecret = randomBytes(32).toString("hex");
    for (let index = 0; index < 2; index++) {
      instances.push(await startServeProcess(appSecret));
    }
  });

  afterAll(async () => {
    await Promise.all(instances.map((instance) => stopProcess(instance.process)));
  });

  it("shares the limit between instances", async () => {
    const address = uniqueClientAddress();
    const clients = instances.map((instance) => new ApiClient(instance.url));
    const statuses: number[] = [];
    for (let attempt = 0; attempt < MAX_ATTEMPTS + 2; attempt++) {
      const api = clients[attempt % clients.length] as ApiClient;
      const response = await api.post(LOOKUP_PATH, unknownOrder(), { "x-forwarded-for": address });
      statuses.push(response.status);
    }

    expect(statuses).toEqual([
      ...Array<number>(MAX_ATTEMPTS).fill(404),
      ...Array<number>(2).fill(429),
    ]);
  });
});

async function startServeProcess(appSecret: string) {
  const port = await freePort();
  const child = spawn(process.execPath, ["scripts/serve.mjs"], {
    cwd: process.cwd(),
    env: {
      ...process.env,
      NODE_ENV: "production",
      HOST: "127.0.0.1",
      PORT: String(port),
      APP_SECRET: appSecret,
      // The test plays many clients: one trusted hop keeps the X-Forwarded-For it sends.
      TRUSTED_PROXY_HOPS: "1",
      LOG_LEVEL: "silent",
    },
    stdio: ["ignore", "ignore", "pipe"],
  });
  let stderr = "";
  child.stderr?.on("data", (chunk: Buffer) => {
    stderr += chunk.toString();
  });

  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 30_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`serve.mjs exited early: ${stderr}`);
    try {
      const response = await fetch(`${url}/api/health/`);
      if (response.ok) return { url, process: child };
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  child.kill("SIGKILL");
  throw new Error(`serve.mjs on port ${port} did not become healthy in 30 s: ${stderr}`);
}

async function stopProcess(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return;
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  child.kill("SIGTERM");
  await exited;
}

async function freePort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as net.AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}
