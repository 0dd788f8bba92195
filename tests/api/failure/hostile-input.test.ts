import { randomUUID } from "node:crypto";

import fc from "fast-check";
import { afterAll, beforeAll, describe, it } from "vitest";

import type { Database } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { normalizeEmail } from "@/lib/orders/credentials";
import { CSRF_COOKIE, CSRF_HEADER } from "@/lib/security/csrf";
import { SESSION_COOKIE } from "@/lib/session/guest-session";
import { ApiClient } from "@/tests/support/api-client";
import { startAppServer, type AppServer } from "@/tests/support/app-server";
import {
  BULK_PATH,
  LOOKUP_PATH,
  SINGLE_PATH,
  cancelBody,
  createTestReasons,
  refundBody,
  type OrderFixture,
  type TestReasons,
} from "@/tests/support/cancellations";
import { openTestDatabase } from "@/tests/support/database";
import { errorShapeProblem } from "@/tests/support/error-shape";
import { createOrder } from "@/tests/support/factories";

// Property-based fuzzing of the three POST endpoints with fast-check: generated malformed,
// oversized, wrongly typed and boundary values for every body field, raw bodies that are not
// JSON objects, and hostile headers. Every response must be below 500, in the documented error
// shape when it is an error, and a rejected request must leave the database as it was.
//
// The seed is fixed so that a failure repeats; fast-check prints it with the counterexample.
// FUZZ_SEED=<n> runs another sequence, FUZZ_RUNS_SCALE=<x> multiplies the run counts, and
// FUZZ_STATS=1 prints how many responses of each status and error code every test got.

const SEED = Number(process.env.FUZZ_SEED ?? 20_261_204);
const SCALE = Number(process.env.FUZZ_RUNS_SCALE ?? 1);
const runs = (count: number) => Math.max(1, Math.round(count * SCALE));

const ITEMS_FIELD = "cancel_order_items";
/** Units of each fixture item, so that successful fuzz requests never use them up. */
const FIXTURE_UNITS = 100_000;
const MAX_BODY_BYTES = 64 * 1024;

let database: Database;
let app: AppServer;
let reasons: TestReasons;
let order: OrderFixture;
let host: string;
/** Two valid CSRF tokens: the first is always the cookie's, the second a mismatching header. */
let tokens: [string, string];
let sessionCookie: string;

beforeAll(async () => {
  database = await openTestDatabase();
  app = await startAppServer();
  reasons = await createTestReasons(database.prisma);
  order = await createOrder(database.prisma, {
    items: [{ quantity: FIXTURE_UNITS }, { quantity: FIXTURE_UNITS, deliveredDaysAgo: 1 }],
  });
  host = new URL(app.url).host;

  const browser = new ApiClient(app.url);
  const other = new ApiClient(app.url);
  tokens = [await browser.ensureCsrfToken(), await other.ensureCsrfToken()];
  await browser.post(LOOKUP_PATH, { email: order.email, order: order.number });
  sessionCookie = browser.cookie(SESSION_COOKIE)!;
});

afterAll(async () => {
  await app.close();
  await database.close();
  if (process.env.FUZZ_STATS) console.log(Object.fromEntries(outcomes));
});

/** Responses per test name, by "status code" (code only for non-field errors). */
const outcomes = new Map<string, Record<string, number>>();

function countOutcome(name: string, sent: Sent): void {
  const code = (sent.body as { error_code?: unknown } | null)?.error_code;
  const label = `${sent.status}${typeof code === "string" ? ` ${code}` : ""}`;
  const counts = outcomes.get(name) ?? {};
  counts[label] = (counts[label] ?? 0) + 1;
  outcomes.set(name, counts);
}

// ---- What a run sends -------------------------------------------------------------------------

type Endpoint = typeof LOOKUP_PATH | typeof SINGLE_PATH | typeof BULK_PATH;

/** A JSON value, or a raw literal spliced into the JSON text (numbers JSON.stringify cannot make). */
type FuzzValue = { json: unknown } | { raw: string };

interface Mutation {
  path: Array<string | number>;
  value: FuzzValue | "delete";
}

interface FuzzRequest {
  endpoint: Endpoint;
  /** The JSON text or bytes to send. */
  body: string | Uint8Array<ArrayBuffer>;
  headers: Record<string, string>;
  /** The status and error code the request must get, when the input decides it. */
  expected?: { status: number; code?: string };
}

const RAW_MARK = "\u0001raw\u0001";

/** Serializes a body whose values may be raw literals, such as 1e400 or -0.0. */
function serialize(body: unknown): string {
  const raws: string[] = [];
  const text = JSON.stringify(body, (_key, value: unknown) => {
    if (isRaw(value)) {
      raws.push(value.raw);
      return `${RAW_MARK}${raws.length - 1}`;
    }
    return isJsonWrapper(value) ? value.json : value;
  });
  return text.replace(
    new RegExp(`"${RAW_MARK}(\\d+)"`, "g"),
    (_match, index: string) => raws[Number(index)]!,
  );
}

function isRaw(value: unknown): value is { raw: string } {
  return typeof value === "object" && value !== null && "raw" in value && !("json" in value);
}

function isJsonWrapper(value: unknown): value is { json: unknown } {
  return (
    typeof value === "object" &&
    value !== null &&
    "json" in value &&
    Object.keys(value).length === 1
  );
}

/** Applies a mutation to a deep copy of `body`; a path through a non-object replaces it. */
function mutate(body: unknown, mutation: Mutation): unknown {
  const copy = structuredClone(body) as Record<string | number, unknown>;
  let parent: Record<string | number, unknown> = copy;
  for (const step of mutation.path.slice(0, -1)) {
    const next = parent[step];
    if (typeof next !== "object" || next === null) parent[step] = {};
    parent = parent[step] as Record<string | number, unknown>;
  }
  const last = mutation.path.at(-1)!;
  if (mutation.value === "delete") delete parent[last];
  // defineProperty, because assigning to "__proto__" would replace the prototype instead.
  else Object.defineProperty(parent, last, { value: mutation.value, enumerable: true });
  return copy;
}

function lookupBody() {
  return { email: order.email, order: order.number };
}

function singleBody(kind: "cancel" | "refund") {
  return kind === "cancel"
    ? cancelBody(order, reasons.cancel, { quantity: 1 }, 0)
    : refundBody(order, reasons.refund, { quantity: 1 }, 1);
}

function bulkBody() {
  return { [ITEMS_FIELD]: [singleBody("cancel"), singleBody("refund")] };
}

function validHeaders(): Record<string, string> {
  return {
    "content-type": "application/json",
    [CSRF_HEADER]: tokens[0],
    cookie: `${CSRF_COOKIE}=${tokens[0]}`,
  };
}

// ---- Arbitraries ------------------------------------------------------------------------------

/** Text a header can carry through fetch: visible ASCII, spaces inside, and Latin-1 letters. */
const headerText = (maxLength: number) =>
  fc
    .string({
      unit: fc.oneof(
        fc.integer({ min: 0x20, max: 0x7e }).map((code) => String.fromCharCode(code)),
        fc.integer({ min: 0xa0, max: 0xff }).map((code) => String.fromCharCode(code)),
      ),
      maxLength,
    })
    .map((text) => text.trim());

const boundaryNumbers: FuzzValue[] = [
  0,
  -0,
  1,
  -1,
  1.5,
  0.1,
  2_147_483_647,
  2_147_483_648,
  -2_147_483_649,
  Number.MAX_SAFE_INTEGER,
  1e308,
  -1e308,
  5e-324,
].map((json) => ({ json }));

const rawNumbers: FuzzValue[] = [
  "1e400",
  "-1e400",
  "-0.0",
  "1.0",
  "1E1",
  "123456789012345678901234567890",
  "0.0000000000000000000000001",
].map((raw) => ({ raw }));

const awkwardStrings = [
  "",
  " ",
  "\t\n",
  "\u0000",
  "0",
  "1",
  "-1",
  "1e3",
  "NaN",
  "Infinity",
  "null",
  "true",
  "__proto__",
  "constructor",
  "%",
  "_",
  "%@%",
  "*@*.com",
  "\\",
  "'; DROP TABLE orders; --",
  "\u202egnp.exe",
  "İı",
  "🙂",
  "\ud800",
  "a@b",
  "A@EXAMPLE.COM",
  "2024-02-30",
  "2024-1-1",
  "24:00",
  "09:00",
  "cancel",
  "refund",
  "TR330006100519786457841326",
  "tr33 0006 1005 1978 6457 8413 26",
  "TR330006100519786457841327",
];

/** Values that do not belong in any field, or sit on a boundary of one. */
const hostileValue: fc.Arbitrary<FuzzValue> = fc.oneof(
  fc.constantFrom<FuzzValue>(
    { json: null },
    { json: true },
    { json: false },
    { json: [] },
    { json: {} },
    { json: [1] },
    { json: { date: "2024-01-01" } },
    ...boundaryNumbers,
    ...rawNumbers,
  ),
  fc.constantFrom(...awkwardStrings).map((json) => ({ json })),
  fc.integer().map((json) => ({ json })),
  fc.double({ noNaN: true, noDefaultInfinity: true }).map((json) => ({ json })),
  fc.string({ maxLength: 40 }).map((json) => ({ json })),
  fc.string({ unit: "binary", maxLength: 40 }).map((json) => ({ json })),
  fc.integer({ min: 250, max: 3000 }).map((length) => ({ json: "x".repeat(length) })),
  fc.jsonValue({ maxDepth: 3 }).map((json) => ({ json })),
);

const mutationValue: fc.Arbitrary<FuzzValue | "delete"> = fc.oneof(
  { weight: 1, arbitrary: fc.constant<"delete">("delete") },
  { weight: 6, arbitrary: hostileValue },
);

const itemPaths: Array<Array<string | number>> = [
  ["order_item"],
  ["reason"],
  ["cancellation_type"],
  ["quantity"],
  ["description"],
  ["shipping_company"],
  ["pickup_address"],
  ["pickup_date"],
  ["pickup_date", "date"],
  ["pickup_date", "hour_range"],
  ["pickup_date", "hour_range", "start"],
  ["pickup_date", "hour_range", "end"],
  ["iban"],
  ["holder_name"],
  ["fully_refund_as_loyalty_money"],
  ["email"],
  ["number"],
  ["unexpected_field"],
  ["__proto__"],
];

const lookupPaths: Array<Array<string | number>> = [
  ["email"],
  ["order"],
  ["number"],
  ["unexpected_field"],
];

const mutations = (paths: Array<Array<string | number>>) =>
  fc.array(fc.record({ path: fc.constantFrom(...paths), value: mutationValue }), {
    minLength: 1,
    maxLength: 3,
  });

const lookupRequest: fc.Arbitrary<FuzzRequest> = mutations(lookupPaths).map((changes) => ({
  endpoint: LOOKUP_PATH,
  body: serialize(changes.reduce<unknown>(mutate, lookupBody())),
  headers: validHeaders(),
}));

const singleRequest: fc.Arbitrary<FuzzRequest> = fc
  .tuple(fc.constantFrom<"cancel" | "refund">("cancel", "refund"), mutations(itemPaths))
  .map(([kind, changes]) => ({
    endpoint: SINGLE_PATH,
    body: serialize(changes.reduce<unknown>(mutate, singleBody(kind))),
    headers: validHeaders(),
  }));

const bulkMutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc
    .tuple(fc.constantFrom(0, 1, 2, 50), fc.constantFrom(...itemPaths), mutationValue)
    .map(([index, path, value]) => ({ path: [ITEMS_FIELD, index, ...path], value })),
  fc.tuple(fc.constantFrom(0, 1, 2), hostileValue).map(([index, value]) => ({
    path: [ITEMS_FIELD, index],
    value,
  })),
  hostileValue.map((value) => ({ path: [ITEMS_FIELD], value })),
  fc.constantFrom(0, 1, 50, 51).map((count) => ({
    path: [ITEMS_FIELD],
    value: { json: Array.from({ length: count }, () => singleBody("cancel")) },
  })),
);

const bulkRequest: fc.Arbitrary<FuzzRequest> = fc
  .array(bulkMutation, { minLength: 1, maxLength: 3 })
  .map((changes) => ({
    endpoint: BULK_PATH,
    body: serialize(changes.reduce<unknown>(mutate, bulkBody())),
    headers: validHeaders(),
  }));

const endpoint = fc.constantFrom<Endpoint>(LOOKUP_PATH, SINGLE_PATH, BULK_PATH);

function validBodyFor(target: Endpoint): unknown {
  if (target === LOOKUP_PATH) return lookupBody();
  return target === SINGLE_PATH ? singleBody("cancel") : bulkBody();
}

/** Nests `depth` arrays inside an otherwise valid body's unknown field. */
function deeplyNested(target: Endpoint, depth: number): string {
  const valid = serialize(validBodyFor(target));
  return `${valid.slice(0, -1)},"nested":${"[".repeat(depth)}${"]".repeat(depth)}}`;
}

const rawRequest: fc.Arbitrary<FuzzRequest> = fc.oneof(
  fc
    .tuple(
      endpoint,
      fc.oneof(
        fc.constantFrom("", "{", '{"a":', "[", "nul", "{'a':1}", '{"a":1,}', "{}}", "{} {}"),
        fc.string({ maxLength: 60 }).filter((text) => !isJson(text)),
      ),
    )
    .map(([target, body]) => ({
      endpoint: target,
      body,
      headers: validHeaders(),
      expected: { status: 400, code: "request_100_1" },
    })),
  fc
    .tuple(endpoint, fc.constantFrom("[]", "[{}]", "1", '"text"', "null", "true", "-0"))
    .map(([target, body]) => ({
      endpoint: target,
      body,
      headers: validHeaders(),
      expected: { status: 400, code: "request_100_4" },
    })),
  fc
    .tuple(endpoint, fc.constantFrom([0xff], [0xc3, 0x28], [0xed, 0xa0, 0x80], [0xf8, 0x88]))
    .map(([target, bytes]) => ({
      endpoint: target,
      body: new Uint8Array([...Buffer.from('{"a":"'), ...bytes, ...Buffer.from('"}')]),
      headers: validHeaders(),
      expected: { status: 400, code: "request_100_1" },
    })),
  fc
    .tuple(endpoint, fc.integer({ min: MAX_BODY_BYTES + 1, max: MAX_BODY_BYTES * 3 }))
    .map(([target, size]) => ({
      endpoint: target,
      body: `{"description":"${"x".repeat(size)}"}`,
      headers: validHeaders(),
      expected: { status: 413, code: "request_100_3" },
    })),
  fc
    .tuple(endpoint, fc.integer({ min: 30, max: 30_000 }), fc.boolean())
    .map(([target, depth, withKey]) => ({
      endpoint: target,
      body: deeplyNested(target, depth),
      headers: withKey
        ? { ...validHeaders(), "idempotency-key": `fuzz-${randomUUID()}` }
        : validHeaders(),
      expected: { status: 400, code: "request_100_6" },
    })),
);

function isJson(text: string): boolean {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
}

type TokenMode = "valid" | "missing" | "mismatch" | "no-cookie" | "garbage" | "tampered";

const headerRequest: fc.Arbitrary<FuzzRequest> = fc
  .record({
    target: endpoint,
    contentType: fc.oneof(
      fc.constantFrom(
        "application/json",
        "application/json; charset=utf-8",
        "APPLICATION/JSON",
        " application/json ;x=y",
        "application/json;;;",
        "text/plain",
        "text/json",
        "application/jsonx",
        "application/x-www-form-urlencoded",
        "multipart/form-data; boundary=x",
        "application/merge-patch+json",
        "",
        ";",
      ),
      headerText(40),
    ),
    acceptLanguage: fc.option(
      fc.oneof(
        fc.constantFrom("*", "tr;q=2", "en;q=NaN", "tr;q=1e400", ",,,", "x-klingon", "zh-Hant-TW"),
        headerText(60),
        // Long, but within Node's 16 KiB limit on all headers together.
        fc.integer({ min: 1000, max: 3000 }).map((length) => "tr,".repeat(length)),
      ),
      { nil: undefined },
    ),
    tokenMode: fc.constantFrom<TokenMode>(
      "valid",
      "valid",
      "valid",
      "missing",
      "mismatch",
      "no-cookie",
      "garbage",
      "tampered",
    ),
    garbageToken: headerText(300),
    idempotencyKey: fc.option(
      fc.oneof(
        fc.constant("unique"),
        fc.constantFrom("", " ", "k".repeat(256), "two words", "caf\u00e9", "\u00ff"),
        headerText(80),
      ),
      { nil: undefined },
    ),
    // Mostly absent or same-origin, so that most requests get past the origin check.
    origin: fc.oneof(
      { weight: 3, arbitrary: fc.constant(undefined) },
      { weight: 3, arbitrary: fc.constant("same") },
      {
        weight: 2,
        arbitrary: fc.oneof(
          fc.constantFrom(
            "null",
            "http://evil.example",
            "http://127.0.0.1:1",
            "http://[::1",
            "file://",
            "same.evil.example",
          ),
          headerText(40),
        ),
      },
    ),
    secFetchSite: fc.oneof(
      { weight: 4, arbitrary: fc.constant(undefined) },
      {
        weight: 1,
        arbitrary: fc.constantFrom(
          "same-origin",
          "same-site",
          "none",
          "cross-site",
          "CROSS-SITE",
          "garbage",
        ),
      },
    ),
    session: fc.constantFrom("none", "valid", "tampered", "garbage"),
    requestId: fc.option(headerText(100), { nil: undefined }),
  })
  .map((input) => {
    const headers: Record<string, string> = { "content-type": input.contentType };
    const cookies: string[] = [];
    const [cookieToken, otherToken] = tokens;
    if (input.tokenMode !== "no-cookie") cookies.push(`${CSRF_COOKIE}=${cookieToken}`);
    const headerToken: Record<TokenMode, string | undefined> = {
      valid: cookieToken,
      missing: undefined,
      mismatch: otherToken,
      "no-cookie": cookieToken,
      garbage: input.garbageToken,
      tampered: `${cookieToken.slice(0, -1)}${cookieToken.endsWith("A") ? "B" : "A"}`,
    };
    const token = headerToken[input.tokenMode];
    if (token !== undefined) headers[CSRF_HEADER] = token;

    if (input.session === "valid") cookies.push(`${SESSION_COOKIE}=${sessionCookie}`);
    if (input.session === "tampered") cookies.push(`${SESSION_COOKIE}=x${sessionCookie}`);
    if (input.session === "garbage") cookies.push(`${SESSION_COOKIE}=%E0%A4%A.{}`);
    headers.cookie = cookies.join("; ");

    if (input.acceptLanguage !== undefined) headers["accept-language"] = input.acceptLanguage;
    if (input.idempotencyKey !== undefined) {
      headers["idempotency-key"] =
        input.idempotencyKey === "unique" ? `fuzz-${randomUUID()}` : input.idempotencyKey;
    }
    if (input.origin !== undefined) {
      headers.origin =
        input.origin === "same"
          ? app.url
          : input.origin === "same.evil.example"
            ? `http://${host}.evil.example`
            : input.origin;
    }
    if (input.secFetchSite !== undefined) headers["sec-fetch-site"] = input.secFetchSite;
    if (input.requestId !== undefined) headers["x-request-id"] = input.requestId;

    const request: FuzzRequest = {
      endpoint: input.target,
      body: serialize(validBodyFor(input.target)),
      headers,
    };
    request.expected = expectedForHeaders(request, input.tokenMode === "valid");
    return request;
  });

/**
 * Returns the status and code the wrapper's header checks decide, in the wrapper's order: the
 * origin, the CSRF token, the Idempotency-Key, then the content type. Undefined when all pass.
 */
function expectedForHeaders(request: FuzzRequest, tokenValid: boolean): FuzzRequest["expected"] {
  const origin = request.headers.origin;
  let sameOrigin = true;
  if (request.headers["sec-fetch-site"] === "cross-site") sameOrigin = false;
  else if (origin !== undefined && origin !== "") {
    try {
      sameOrigin = origin !== "null" && new URL(origin).host === host;
    } catch {
      sameOrigin = false;
    }
  }
  if (!sameOrigin) return { status: 403, code: "csrf_100_2" };
  if (!tokenValid) return { status: 403, code: "csrf_100_1" };

  const key = request.headers["idempotency-key"];
  if (key !== undefined && request.endpoint !== LOOKUP_PATH && !/^[\x21-\x7e]{1,255}$/.test(key)) {
    return { status: 400, code: "request_100_5" };
  }
  const mediaType = request.headers["content-type"]!.split(";")[0]!.trim().toLowerCase();
  if (mediaType !== "application/json") return { status: 415, code: "request_100_2" };
  return undefined;
}

// ---- Sending and checking ---------------------------------------------------------------------

interface Counts {
  requests: number;
  easyReturns: number;
  records: number;
}

/** Counts the rows fuzz requests could write: on the fixture's items and under `key`. */
async function countRows(key: string | undefined): Promise<Counts> {
  const itemIds = order.items.map((item) => item.id);
  const [row] = await database.prisma.$queryRaw<Counts[]>(Prisma.sql`
    SELECT
      (SELECT count(*) FROM cancellation_requests
        WHERE order_item_id IN (${Prisma.join(itemIds)}))::int AS requests,
      (SELECT count(*) FROM easy_returns
        WHERE shipping_company_id = ${order.courier.id})::int AS "easyReturns",
      (SELECT count(*) FROM idempotency_records WHERE key = ${key ?? ""})::int AS records`);
  return row!;
}

interface Sent {
  status: number;
  text: string;
  body: unknown;
  contentType: string | null;
  replayed: boolean;
}

async function send(request: FuzzRequest): Promise<Sent> {
  const response = await fetch(`${app.url}${request.endpoint}`, {
    method: "POST",
    headers: request.headers,
    body: request.body,
    redirect: "manual",
  });
  const text = await response.text();
  let body: unknown = text;
  try {
    body = JSON.parse(text);
  } catch {
    // Checked below: every response must be JSON.
  }
  return {
    status: response.status,
    text,
    body,
    contentType: response.headers.get("content-type"),
    replayed: response.headers.get("idempotent-replayed") === "true",
  };
}

/** Rows a successful response created: requests, and easy returns by their distinct codes. */
function createdRows(request: FuzzRequest, sent: Sent): Omit<Counts, "records"> {
  if (sent.replayed || request.endpoint === LOOKUP_PATH || sent.status >= 300) {
    return { requests: 0, easyReturns: 0 };
  }
  const created = (Array.isArray(sent.body) ? sent.body : [sent.body]) as Array<{
    easy_return: { code: string } | null;
  }>;
  const codes = new Set(
    created.flatMap((entry) => (entry.easy_return ? [entry.easy_return.code] : [])),
  );
  return { requests: created.length, easyReturns: codes.size };
}

/**
 * Sends a request and checks the properties every response must have. Returns a description of
 * the first broken property, or undefined.
 */
async function checkRequest(name: string, request: FuzzRequest): Promise<string | undefined> {
  const key = request.headers["idempotency-key"];
  const before = await countRows(key);
  const sent = await send(request);
  countOutcome(name, sent);
  const after = await countRows(key);
  const summary = `${request.endpoint} ${sent.status} ${sent.text.slice(0, 300)}`;

  if (sent.status >= 500) return `server error: ${summary}`;
  if (!sent.contentType?.startsWith("application/json")) return `not JSON: ${summary}`;

  if (request.expected) {
    if (sent.status !== request.expected.status)
      return `expected ${request.expected.status}: ${summary}`;
    const code = (sent.body as { error_code?: unknown }).error_code;
    if (request.expected.code && code !== request.expected.code) {
      return `expected ${request.expected.code}: ${summary}`;
    }
  }

  const created = createdRows(request, sent);
  if (after.requests - before.requests !== created.requests) {
    return `cancellation requests changed by ${after.requests - before.requests}: ${summary}`;
  }
  if (after.easyReturns - before.easyReturns !== created.easyReturns) {
    return `easy returns changed by ${after.easyReturns - before.easyReturns}: ${summary}`;
  }

  if (sent.status >= 400) {
    const itemsField = request.endpoint === BULK_PATH ? ITEMS_FIELD : undefined;
    const problem = errorShapeProblem(sent.status, sent.body, itemsField);
    if (problem) return `${problem}: ${summary}`;

    // Requests rejected before the key is claimed store nothing under it.
    const code = (sent.body as { error_code?: unknown }).error_code;
    const early = [403, 413, 415].includes(sent.status) || /^request_100_/.test(String(code));
    if (early && after.records !== before.records) return `stored a record: ${summary}`;
  } else {
    const problem = successProblem(request, sent);
    if (problem) return `${problem}: ${summary}`;
    await freeFixtureUnits();
  }
  return undefined;
}

/** Checks a 2xx response: a lookup returns only the fixture's order, and only to its owner. */
function successProblem(request: FuzzRequest, sent: Sent): string | undefined {
  if (request.endpoint === LOOKUP_PATH) {
    if (sent.status !== 200) return "a lookup succeeded without 200";
    const sentBody = JSON.parse(String(request.body)) as Record<string, unknown>;
    const email = typeof sentBody.email === "string" ? normalizeEmail(sentBody.email) : "";
    const number = (sentBody.order ?? sentBody.number) as unknown;
    const result = (sent.body as { results: Array<{ number: string }> }).results[0];
    if (result?.number !== order.number) return "a lookup returned another order";
    if (email !== normalizeEmail(order.email)) return "a lookup matched another email";
    if (typeof number !== "string" || number.trim() !== order.number) {
      return "a lookup matched another number";
    }
    return undefined;
  }
  const expectedStatus = request.endpoint === BULK_PATH ? 201 : 200;
  return sent.status === expectedStatus ? undefined : `success status ${sent.status}`;
}

/** Closes the fixture's requests, so a request that took every unit leaves some for the next. */
async function freeFixtureUnits(): Promise<void> {
  await database.prisma.cancellationRequest.updateMany({
    where: { orderItemId: { in: order.items.map((item) => item.id) }, status: "open" },
    data: { status: "closed" },
  });
}

async function fuzz(name: string, arbitrary: fc.Arbitrary<FuzzRequest>, numRuns: number) {
  await fc.assert(
    fc.asyncProperty(arbitrary, async (request) => {
      const problem = await checkRequest(name, request);
      if (problem) throw new Error(`${name}: ${problem}`);
    }),
    // Shrinking would resend requests against a changed database, so the first failure ends it.
    { seed: SEED, numRuns: runs(numRuns), endOnFailure: true },
  );
}

describe("hostile input on the POST endpoints", () => {
  it("lookup body fields", { timeout: 120_000 }, async () => {
    await fuzz("lookup", lookupRequest, 300);
  });

  it("cancellation request body fields", { timeout: 120_000 }, async () => {
    await fuzz("single", singleRequest, 400);
  });

  it("bulk request body fields", { timeout: 120_000 }, async () => {
    await fuzz("bulk", bulkRequest, 300);
  });

  it("raw bodies", { timeout: 120_000 }, async () => {
    await fuzz("raw", rawRequest, 200);
  });

  it("headers", { timeout: 120_000 }, async () => {
    await fuzz("headers", headerRequest, 300);
  });
});
