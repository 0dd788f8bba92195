import { randomBytes } from "node:crypto";

import { afterAll, beforeAll, describe, expect, it } from "vitest";

import type { Database } from "@/lib/db";
import { CSRF_COOKIE, CSRF_HEADER } from "@/lib/security/csrf";
import { SESSION_COOKIE, addOrderToSession } from "@/lib/session/guest-session";
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
  refundBody,
  type OrderFixture,
  type TestReasons,
} from "@/tests/support/cancellations";
import { isPostgresRun, openTestDatabase } from "@/tests/support/database";
import { createOrder, uniqueOrderNumber } from "@/tests/support/factories";
import { startServeProcess, type ServeProcess } from "@/tests/support/serve-process";

// Attacks by a guest who has an order of their own and has learned another guest's order item
// ids. The tests try every mix of session cookie, credentials in the body and item id, lookups
// that differ only in which part is wrong, and forged CSRF tokens and origins. They also check
// what reaches responses and log lines.

const NOT_FOUND = { order_item: en.validation.order_item_not_found };
const UNKNOWN_ITEM_ID = 2_147_483_000;

let database: Database;
let app: AppServer;
let reasons: TestReasons;
let mine: OrderFixture;
let victim: OrderFixture;
let registered: OrderFixture;

beforeAll(async () => {
  database = await openTestDatabase();
  app = await startAppServer();
  reasons = await createTestReasons(database.prisma);
  [mine, victim, registered] = await Promise.all([
    createOrder(database.prisma, { items: [{ quantity: 1000 }] }),
    createOrder(database.prisma, { items: [{ quantity: 1000 }] }),
    createOrder(database.prisma, { userType: "registered", items: [{ quantity: 1000 }] }),
  ]);
});

afterAll(async () => {
  await app.close();
  await database.close();
});

/** Returns the guest_session cookie a browser gets by looking up these orders in turn. */
async function provenSession(orders: OrderFixture[]): Promise<string> {
  const browser = new ApiClient(app.url);
  for (const order of orders) {
    const response = await postJson(browser, LOOKUP_PATH, {
      email: order.email,
      order: order.number,
    });
    expect(response.status).toBe(200);
  }
  return browser.cookie(SESSION_COOKIE)!;
}

/** Replaces the order ids in a session cookie's payload and keeps its signature. */
function withSwappedOrders(cookie: string, orderIds: number[]): string {
  const [payload, signature] = cookie.split(".");
  const session = JSON.parse(Buffer.from(payload!, "base64url").toString("utf8")) as {
    orderIds: number[];
  };
  session.orderIds = orderIds;
  return `${Buffer.from(JSON.stringify(session)).toString("base64url")}.${signature}`;
}

describe("another guest's order item", () => {
  interface SessionCase {
    name: string;
    cookie: string | undefined;
    /** Orders whose items the session really proves. */
    proves: OrderFixture[];
  }
  interface CredentialCase {
    name: string;
    credentials: { email?: string; number?: string };
    /** The order these credentials open, if any. */
    opens: OrderFixture | undefined;
  }
  interface ItemCase {
    name: string;
    id: () => number;
    /** The guest order the item belongs to, or undefined for no guest order. */
    order: () => OrderFixture | undefined;
  }

  async function sessionCases(): Promise<SessionCase[]> {
    const own = await provenSession([mine]);
    const csrfToken = await new ApiClient(app.url).ensureCsrfToken();
    return [
      { name: "no session", cookie: undefined, proves: [] },
      { name: "own session", cookie: own, proves: [mine] },
      { name: "victim's session", cookie: await provenSession([victim]), proves: [victim] },
      { name: "both orders", cookie: await provenSession([mine, victim]), proves: [mine, victim] },
      {
        name: "expired victim session",
        cookie: addOrderToSession(null, victim.order.id, Date.now() - 2 * 60 * 60 * 1000).value,
        proves: [],
      },
      {
        name: "own signature, victim's order",
        cookie: withSwappedOrders(own, [victim.order.id]),
        proves: [],
      },
      {
        name: "own signature, both orders",
        cookie: withSwappedOrders(own, [mine.order.id, victim.order.id]),
        proves: [],
      },
      { name: "CSRF token as session", cookie: csrfToken, proves: [] },
      { name: "garbage", cookie: `${randomBytes(40).toString("base64url")}.x`, proves: [] },
      {
        // A signed session can outlive a guest who registers since; the order is no guest's.
        name: "signed registered order",
        cookie: addOrderToSession(null, registered.order.id).value,
        proves: [],
      },
    ];
  }

  function credentialCases(): CredentialCase[] {
    return [
      { name: "no credentials", credentials: {}, opens: undefined },
      {
        name: "own credentials",
        credentials: { email: mine.email, number: mine.number },
        opens: mine,
      },
      {
        name: "victim's credentials",
        credentials: { email: victim.email, number: victim.number },
        opens: victim,
      },
      {
        name: "victim's typed loosely",
        credentials: { email: ` ${victim.email.toUpperCase()} `, number: ` ${victim.number} ` },
        opens: victim,
      },
      {
        name: "own email, victim number",
        credentials: { email: mine.email, number: victim.number },
        opens: undefined,
      },
      {
        name: "victim email, own number",
        credentials: { email: victim.email, number: mine.number },
        opens: undefined,
      },
      {
        name: "registered credentials",
        credentials: { email: registered.email, number: registered.number },
        opens: undefined,
      },
    ];
  }

  const itemCases: ItemCase[] = [
    { name: "own item", id: () => mine.items[0]!.id, order: () => mine },
    { name: "victim's item", id: () => victim.items[0]!.id, order: () => victim },
    { name: "registered user's item", id: () => registered.items[0]!.id, order: () => undefined },
    { name: "unknown item", id: () => UNKNOWN_ITEM_ID, order: () => undefined },
  ];

  it("is granted only with proof of its order", { timeout: 120_000 }, async () => {
    const sessions = await sessionCases();
    const credentials = credentialCases();
    const browser = new ApiClient(app.url);
    const token = await browser.ensureCsrfToken();

    async function send(item: ItemCase, session: SessionCase, proof: CredentialCase) {
      const cookies = [`${CSRF_COOKIE}=${token}`];
      if (session.cookie) cookies.push(`${SESSION_COOKIE}=${session.cookie}`);
      const response = await fetch(`${app.url}${SINGLE_PATH}`, {
        method: "POST",
        headers: {
          "content-type": "application/json",
          [CSRF_HEADER]: token,
          cookie: cookies.join("; "),
        },
        body: JSON.stringify({
          order_item: item.id(),
          reason: reasons.cancel,
          cancellation_type: "cancel",
          quantity: 1,
          ...proof.credentials,
        }),
      });
      return { status: response.status, text: await response.text() };
    }

    const reference = await send(itemCases[3]!, sessions[0]!, credentials[0]!);
    expect(reference.status).toBe(400);
    expect(JSON.parse(reference.text)).toEqual(NOT_FOUND);

    const wrong: string[] = [];
    let granted = { mine: 0, victim: 0 };
    for (const item of itemCases) {
      for (const session of sessions) {
        for (const proof of credentials) {
          const order = item.order();
          const allowed =
            order !== undefined && (session.proves.includes(order) || proof.opens === order);
          const response = await send(item, session, proof);
          const name = `${item.name} + ${session.name} + ${proof.name}`;

          if (allowed && response.status === 200) {
            if (order === mine) granted = { ...granted, mine: granted.mine + 1 };
            else granted = { ...granted, victim: granted.victim + 1 };
          } else if (allowed) {
            wrong.push(`${name}: expected 200, got ${response.status} ${response.text}`);
          } else if (response.status !== 400 || response.text !== reference.text) {
            wrong.push(`${name}: expected the unknown item's answer, got ${response.status}`);
          }
        }
      }
    }
    expect(wrong).toEqual([]);

    // Exactly the granted requests were written, and none on the registered user's item.
    expect(await countWrites(database.prisma, [mine])).toEqual({
      requests: granted.mine,
      easyReturns: 0,
    });
    expect(await countWrites(database.prisma, [victim])).toEqual({
      requests: granted.victim,
      easyReturns: 0,
    });
    expect(await countWrites(database.prisma, [registered])).toEqual({
      requests: 0,
      easyReturns: 0,
    });
  });

  it("fails a whole bulk that names it", async () => {
    const own = await createOrder(database.prisma);
    const other = await createOrder(database.prisma, { items: [{}, {}] });
    const browser = new ApiClient(app.url);
    const session = await provenSession([own]);
    browser.setCookie(SESSION_COOKIE, session);

    const mixed = await postJson(browser, BULK_PATH, {
      cancel_order_items: [
        cancelBody(own, reasons.cancel),
        // The own order's credentials beside the other order's item.
        cancelBody(own, reasons.cancel, { order_item: other.items[0]!.id }),
        { ...cancelBody(other, reasons.cancel, {}, 1), email: undefined, number: undefined },
      ],
    });
    const unknown = await postJson(browser, BULK_PATH, {
      cancel_order_items: [
        cancelBody(own, reasons.cancel),
        cancelBody(own, reasons.cancel, { order_item: UNKNOWN_ITEM_ID }),
        cancelBody(own, reasons.cancel, { order_item: UNKNOWN_ITEM_ID - 1 }),
      ],
    });

    expect(mixed.status).toBe(400);
    expect(mixed.text).toBe(unknown.text);
    expect(mixed.body).toEqual({ cancel_order_items: { "1": NOT_FOUND, "2": NOT_FOUND } });
    expect(await countWrites(database.prisma, [own, other])).toEqual({
      requests: 0,
      easyReturns: 0,
    });
  });
});

describe("lookup failures", () => {
  /** Returns what differs between responses: status, body bytes and header names. */
  async function lookUp(body: unknown, language = "en") {
    const response = await new ApiClient(app.url).post(LOOKUP_PATH, body, {
      "accept-language": language,
    });
    const headerNames = [...response.headers.keys()]
      .filter((name) => !["date", "x-request-id"].includes(name))
      .sort();
    return { status: response.status, text: await response.text(), headerNames };
  }

  it.each(["en", "tr"])("are byte-identical in %s", async (language) => {
    const attempts: Record<string, unknown> = {
      "unknown number": { email: mine.email, order: uniqueOrderNumber() },
      "another guest's email": { email: victim.email, order: mine.number },
      "own email, another number": { email: mine.email, order: victim.number },
      "unknown email": {
        email: `nobody-${randomBytes(4).toString("hex")}@example.com`,
        order: victim.number,
      },
      "underscore email": { email: victim.email.replace(/^./, "_"), order: victim.number },
      "registered user's order": { email: registered.email, order: registered.number },
      "number alias, wrong email": { email: mine.email, number: victim.number },
    };

    const answers = [];
    for (const [name, body] of Object.entries(attempts)) {
      answers.push({ name, ...(await lookUp(body, language)) });
    }

    const [first] = answers;
    for (const answer of answers) {
      expect(answer.status, answer.name).toBe(404);
      expect(answer.text, answer.name).toBe(first!.text);
      expect(answer.headerNames, answer.name).toEqual(first!.headerNames);
      expect(answer.headerNames, answer.name).not.toContain("set-cookie");
    }
  });

  it("never shows another guest's email", async () => {
    const own = await lookUp({ email: mine.email, order: mine.number });

    expect(own.status).toBe(200);
    expect(own.text).toContain(mine.email);
    expect(own.text).not.toContain(victim.email);
  });
});

describe("CSRF and origin on every POST endpoint", () => {
  const endpoints = [
    { path: LOOKUP_PATH, body: () => ({ email: mine.email, order: mine.number }) },
    { path: SINGLE_PATH, body: () => cancelBody(mine, reasons.cancel, { quantity: 1 }) },
    {
      path: BULK_PATH,
      body: () => ({ cancel_order_items: [cancelBody(mine, reasons.cancel, { quantity: 1 })] }),
    },
  ];

  interface CsrfCase {
    name: string;
    code: "csrf_100_1" | "csrf_100_2";
    /** Builds the cookie and headers from two valid tokens and a session cookie. */
    headers: (valid: string, other: string, session: string) => Record<string, string>;
  }

  const cases: CsrfCase[] = [
    {
      name: "no header",
      code: "csrf_100_1",
      headers: (valid) => ({ cookie: `${CSRF_COOKIE}=${valid}` }),
    },
    { name: "no cookie", code: "csrf_100_1", headers: (valid) => ({ [CSRF_HEADER]: valid }) },
    {
      name: "another token in the header",
      code: "csrf_100_1",
      headers: (valid, other) => ({ cookie: `${CSRF_COOKIE}=${valid}`, [CSRF_HEADER]: other }),
    },
    {
      name: "forged signature in both",
      code: "csrf_100_1",
      headers: (valid) => {
        const forged = `${valid.split(".")[0]}.${randomBytes(32).toString("base64url")}`;
        return { cookie: `${CSRF_COOKIE}=${forged}`, [CSRF_HEADER]: forged };
      },
    },
    {
      name: "session cookie as token",
      code: "csrf_100_1",
      headers: (_valid, _other, session) => ({
        cookie: `${CSRF_COOKIE}=${session}`,
        [CSRF_HEADER]: session,
      }),
    },
    ...[
      ["another origin", { origin: "https://attacker.example" }],
      ["null origin", { origin: "null" }],
      ["lookalike origin", { origin: `http://127.0.0.1.attacker.example` }],
      ["another port", { origin: "http://127.0.0.1:1" }],
      ["cross-site fetch", { "sec-fetch-site": "cross-site" }],
    ].map(([name, extra]) => ({
      name: name as string,
      code: "csrf_100_2" as const,
      headers: (valid: string) => ({
        cookie: `${CSRF_COOKIE}=${valid}`,
        [CSRF_HEADER]: valid,
        ...(extra as Record<string, string>),
      }),
    })),
  ];

  it("rejects each forgery and writes nothing", { timeout: 60_000 }, async () => {
    const valid = await new ApiClient(app.url).ensureCsrfToken();
    const other = await new ApiClient(app.url).ensureCsrfToken();
    const session = await provenSession([mine]);
    const before = await countWrites(database.prisma, [mine]);

    for (const endpoint of endpoints) {
      for (const entry of cases) {
        const response = await fetch(`${app.url}${endpoint.path}`, {
          method: "POST",
          headers: { "content-type": "application/json", ...entry.headers(valid, other, session) },
          body: JSON.stringify(endpoint.body()),
        });
        const name = `${endpoint.path} ${entry.name}`;
        expect(response.status, name).toBe(403);
        expect(await response.json(), name).toEqual({
          non_field_errors: en.errors[entry.code],
          error_code: entry.code,
        });
        expect(response.headers.getSetCookie(), name).toEqual([]);
      }
    }
    expect(await countWrites(database.prisma, [mine])).toEqual(before);
  });
});

// The app's pino logger writes to stdout, so these requests go to a server process whose output
// the test reads. PostgreSQL only, because that process must see the test's rows.
describe.runIf(isPostgresRun())("secrets in responses and log lines", () => {
  const IBAN = "TR330006100519786457841326";
  const OTHER_IBAN = "DE89370400440532013000";
  let server: ServeProcess;

  beforeAll(async () => {
    server = await startServeProcess({
      APP_SECRET: randomBytes(32).toString("hex"),
      LOG_LEVEL: "debug",
      LOOKUP_RATE_LIMIT_MAX: "4",
      TRUSTED_PROXY_HOPS: "1",
    });
  });

  afterAll(async () => {
    await server?.stop();
  });

  /** Writes each IBAN as sent: compact, in groups of four, and in lower case. */
  function ibanForms(iban: string): string[] {
    const grouped = iban.replace(/(.{4})/g, "$1 ").trim();
    return [iban, grouped, iban.toLowerCase(), grouped.toLowerCase()];
  }

  it("contain no full IBAN or other guest's email", { timeout: 60_000 }, async () => {
    const own = await createOrder(database.prisma, {
      paymentType: "pay_on_delivery",
      items: [{ quantity: 5, deliveredDaysAgo: 1 }],
    });
    const other = await createOrder(database.prisma, {
      paymentType: "pay_on_delivery",
      items: [{ quantity: 5, deliveredDaysAgo: 1 }],
    });
    const browser = new ApiClient(server.url, {
      "x-forwarded-for": `2001:db8:2::${randomBytes(2).toString("hex")}`,
    });
    const refund = (overrides: Record<string, unknown>) =>
      refundBody(own, reasons.refund, { quantity: 1, holder_name: "Deniz Test", ...overrides });

    // A browser without the session, with another guest's credentials on this guest's item.
    const stranger = new ApiClient(server.url);
    const key = randomBytes(8).toString("hex");
    const requests: Array<[string, unknown, Record<string, string>?, ApiClient?]> = [
      [LOOKUP_PATH, { email: own.email, order: own.number }],
      [LOOKUP_PATH, { email: other.email, order: own.number }],
      [LOOKUP_PATH, { email: `${other.email}>`, order: own.number }],
      [LOOKUP_PATH, { email: own.email, order: other.number }],
      [LOOKUP_PATH, { email: other.email, order: other.number.replace(/.$/, "x") }],
      // The fifth counted lookup from this address (a malformed email is not counted) is over
      // the limit of four, so it gets 429 although the credentials are right.
      [LOOKUP_PATH, { email: other.email, order: other.number }],
      [SINGLE_PATH, refund({ iban: IBAN.replace(/(.{4})/g, "$1 ").toLowerCase() })],
      [SINGLE_PATH, refund({ iban: IBAN.replace(/6$/, "7") })],
      [
        SINGLE_PATH,
        refund({ iban: OTHER_IBAN, email: other.email, number: other.number }),
        {},
        stranger,
      ],
      [
        BULK_PATH,
        { cancel_order_items: [refund({ iban: OTHER_IBAN })] },
        { "idempotency-key": key },
      ],
      [
        BULK_PATH,
        { cancel_order_items: [refund({ iban: OTHER_IBAN })] },
        { "idempotency-key": key },
      ],
      [SINGLE_PATH, refund({ iban: IBAN, order_item: other.items[0]!.id })],
      [SINGLE_PATH, `{"iban": "${IBAN}", "email": "${other.email}"`],
    ];

    const texts: string[] = [];
    const statuses: number[] = [];
    for (const [path, body, headers, via = browser] of requests) {
      const response = await via.post(path, body, headers);
      statuses.push(response.status);
      texts.push(await response.text());
    }
    expect(statuses).toEqual([200, 404, 400, 404, 404, 429, 200, 400, 400, 201, 201, 400, 400]);
    // Each log line is written before its response is sent; give stdout a moment to arrive.
    await new Promise((resolve) => setTimeout(resolve, 200));
    const lines = server.stdoutLines();

    expect(lines.length).toBeGreaterThan(requests.length / 2);
    const compact = (text: string) => text.replace(/\s+/g, "").toLowerCase();
    for (const iban of [IBAN, OTHER_IBAN]) {
      for (const form of ibanForms(iban)) {
        for (const text of [...texts, ...lines]) expect(text).not.toContain(form);
      }
      for (const text of [...texts, ...lines]) expect(compact(text)).not.toContain(compact(iban));
    }
    for (const text of texts) expect(text.toLowerCase()).not.toContain(other.email.toLowerCase());
    for (const line of lines) {
      expect(line.toLowerCase()).not.toContain(other.email.toLowerCase());
      expect(line.toLowerCase()).not.toContain(own.email.toLowerCase());
    }
  });
});
