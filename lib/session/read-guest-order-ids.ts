import type { NextRequest } from "next/server";

import { SESSION_COOKIE, readGuestSession } from "./guest-session";

/**
 * Returns the ids of the orders this browser proved by a lookup, sorted. A missing, expired or
 * tampered session cookie gives none.
 */
export function readGuestOrderIds(request: NextRequest): number[] {
  const session = readGuestSession(request.cookies.get(SESSION_COOKIE)?.value);
  return [...(session?.orderIds ?? [])].sort((a, b) => a - b);
}
