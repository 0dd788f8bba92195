import type { AutocannonRequest } from "autocannon";

import { CANCEL_REASON_ID } from "./data/reference-data";
import type { ItemTarget, OrderCredentials } from "./data/sample-targets";

export const LOOKUP_PATH = "/users/orders/anonymous/";
export const CANCELLATION_PATH = "/users/orders/anonymous/cancellation_requests/";
export const BULK_CANCELLATION_PATH = "/users/orders/anonymous/bulk_cancellation_requests/";
export const NEXT_BASELINE_PATH = "/bench/lookup-baseline/";
export const NODE_BASELINE_PATH = "/lookup";

// Enough distinct orders per connection that a single connection at about 100 requests per
// second cycles through its list only a few times in a 10-second run.
const MAX_REQUESTS_PER_CONNECTION = 500;
const LANGUAGES = ["tr-TR,tr;q=0.9,en;q=0.8", "en-US,en;q=0.9"];

export interface CsrfPair {
  /** The token, sent both as the csrftoken cookie and in x-csrftoken, as a browser does. */
  token: string;
}

/** Fetches a CSRF token from the portal's GET /api/csrf/. */
export async function fetchCsrfToken(baseUrl: string): Promise<CsrfPair> {
  const response = await fetch(`${baseUrl}/api/csrf/`, { signal: AbortSignal.timeout(10_000) });
  if (!response.ok) throw new Error(`GET /api/csrf/ returned ${response.status}, expected 200`);
  const { csrftoken } = (await response.json()) as { csrftoken?: unknown };
  if (typeof csrftoken !== "string") throw new Error("GET /api/csrf/ returned no csrftoken");
  return { token: csrftoken };
}

/** Returns the headers of a browser's POST to the API: JSON, CSRF pair, language, address. */
export function portalHeaders(csrf: CsrfPair, sequence: number): Record<string, string> {
  return {
    "content-type": "application/json",
    cookie: `csrftoken=${csrf.token}`,
    "x-csrftoken": csrf.token,
    "accept-language": LANGUAGES[sequence % LANGUAGES.length] as string,
    // 198.18.0.0/15 is reserved for benchmarks (RFC 2544); nothing is sent to these addresses.
    "x-forwarded-for": `198.18.${Math.floor(sequence / 250) % 250}.${(sequence % 250) + 1}`,
  };
}

/** Returns every `connections`-th item from `index` on, at most MAX_REQUESTS_PER_CONNECTION. */
export function sliceForConnection<T>(
  items: readonly T[],
  index: number,
  connections: number,
): T[] {
  const slice: T[] = [];
  for (
    let at = index;
    at < items.length && slice.length < MAX_REQUESTS_PER_CONNECTION;
    at += connections
  ) {
    slice.push(items[at] as T);
  }
  if (slice.length === 0 && items.length > 0) slice.push(items[index % items.length] as T);
  return slice;
}

export function lookupBody(credentials: OrderCredentials): string {
  return JSON.stringify({ email: credentials.email, order: credentials.number });
}

/** Builds a cancel request for one unit of a huge approved item, with the order's credentials. */
export function cancellationBody(target: ItemTarget): Record<string, unknown> {
  return {
    order_item: target.orderItemId,
    reason: CANCEL_REASON_ID,
    cancellation_type: "cancel",
    quantity: 1,
    email: target.email,
    number: target.number,
  };
}

/** Lookup requests of one connection against the portal. */
export function portalLookupRequests(
  credentials: readonly OrderCredentials[],
  csrf: CsrfPair,
  index: number,
  connections: number,
): AutocannonRequest[] {
  return sliceForConnection(credentials, index, connections).map((entry, position) => ({
    method: "POST",
    path: LOOKUP_PATH,
    headers: portalHeaders(csrf, index * MAX_REQUESTS_PER_CONNECTION + position),
    body: lookupBody(entry),
  }));
}

/** Lookup requests of one connection against a baseline, which reads only the body. */
export function baselineLookupRequests(
  path: string,
  credentials: readonly OrderCredentials[],
  index: number,
  connections: number,
): AutocannonRequest[] {
  return sliceForConnection(credentials, index, connections).map((entry) => ({
    method: "POST",
    path,
    headers: { "content-type": "application/json" },
    body: lookupBody(entry),
  }));
}

/** Single cancellation requests of one connection against the portal. */
export function portalCancellationRequests(
  targets: readonly ItemTarget[],
  csrf: CsrfPair,
  index: number,
  connections: number,
): AutocannonRequest[] {
  return sliceForConnection(targets, index, connections).map((target, position) => ({
    method: "POST",
    path: CANCELLATION_PATH,
    headers: portalHeaders(csrf, index * MAX_REQUESTS_PER_CONNECTION + position),
    body: JSON.stringify(cancellationBody(target)),
  }));
}
