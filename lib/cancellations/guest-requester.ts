import type { NextRequest } from "next/server";

import { readGuestOrderIds } from "@/lib/session/read-guest-order-ids";

/**
 * Identifies a guest for idempotency keys by the orders their session proves. A response is
 * then replayed only to a browser that could have made the same request: another browser, or
 * this one after its session changed, gets idempotency_100_1 instead of the stored body.
 */
export function guestRequester(request: NextRequest): string {
  return `guest-orders:${readGuestOrderIds(request).join(",")}`;
}
