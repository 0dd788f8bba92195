/**
 * Why a guest page sent the shopper back to the lookup form, as the `reason` search parameter
 * of `/` names it:
 * - `expired`: the browser sent a session cookie that is expired, tampered or unreadable.
 * - `expired-unsent`: as `expired`, but the shopper was inside the request flow, so a request
 *   was not sent and the flow's saved values wait in the tab.
 * - `lookup`: no usable session for this order, such as a link from an email or a session that
 *   lists only other orders.
 */
export type LookupReason = "expired" | "expired-unsent" | "lookup";

const LOOKUP_REASONS: readonly LookupReason[] = ["expired", "expired-unsent", "lookup"];

/** Reads the lookup page's `reason` search parameter; anything unknown is no reason. */
export function parseLookupReason(value: string | string[] | undefined): LookupReason | undefined {
  return LOOKUP_REASONS.find((reason) => reason === value);
}

/** The session cookie a request carried: none, one that no longer reads, or a valid one. */
export type SessionCookieState = "none" | "invalid" | "valid";

/**
 * Picks the reason for a page whose order the session does not list. `inRequestFlow` is true
 * when the shopper had gone past the flow's first step. The browser drops the cookie when
 * its Max-Age runs out, so an expiry inside the flow often arrives with no cookie at all.
 */
export function lookupReasonFor(cookie: SessionCookieState, inRequestFlow: boolean): LookupReason {
  if (inRequestFlow) return "expired-unsent";
  return cookie === "invalid" ? "expired" : "lookup";
}

/** Returns the lookup form's path with the reason and the order number to prefill. */
export function lookupPath(reason: LookupReason, orderNumber: string): string {
  const query = new URLSearchParams({ reason, order: orderNumber });
  return `/?${query.toString()}`;
}
