import { sign, verifySignature } from "@/lib/security/signing";

export const SESSION_COOKIE = "guest_session";
const PURPOSE = "guest-session";
export const SESSION_TTL_SECONDS = Number(process.env.GUEST_SESSION_TTL_SECONDS ?? 30 * 60);
const MAX_ORDERS = 5;

/** Orders this browser proved it owns by a lookup, and when that proof expires. */
export interface GuestSession {
  orderIds: number[];
  expiresAt: number;
}

/** Reads a session cookie; a missing, tampered or expired cookie is no session. */
export function readGuestSession(
  cookie: string | undefined,
  now = Date.now(),
): GuestSession | null {
  if (!cookie || cookie.length > 1024) return null;
  const [payload, signature, extra] = cookie.split(".");
  if (!payload || !signature || extra !== undefined) return null;
  if (!verifySignature(PURPOSE, payload, signature)) return null;

  try {
    const parsed: unknown = JSON.parse(Buffer.from(payload, "base64url").toString("utf8"));
    if (!isSessionShape(parsed) || parsed.expiresAt <= now) return null;
    return parsed;
  } catch {
    return null;
  }
}

/**
 * Adds a proven order to the session (keeping the most recent few) and restarts its expiry.
 * Returns the cookie value to set.
 */
export function addOrderToSession(
  session: GuestSession | null,
  orderId: number,
  now = Date.now(),
): { value: string; session: GuestSession } {
  const others = (session?.orderIds ?? []).filter((id) => id !== orderId);
  const next: GuestSession = {
    orderIds: [orderId, ...others].slice(0, MAX_ORDERS),
    expiresAt: now + SESSION_TTL_SECONDS * 1000,
  };
  const payload = Buffer.from(JSON.stringify(next)).toString("base64url");
  return { value: `${payload}.${sign(PURPOSE, payload)}`, session: next };
}

export function sessionCookie(value: string, secure: boolean) {
  return {
    name: SESSION_COOKIE,
    value,
    httpOnly: true,
    sameSite: "lax" as const,
    secure,
    path: "/",
    maxAge: SESSION_TTL_SECONDS,
  };
}

function isSessionShape(value: unknown): value is GuestSession {
  if (typeof value !== "object" || value === null) return false;
  const candidate = value as Record<string, unknown>;
  return (
    Array.isArray(candidate.orderIds) &&
    candidate.orderIds.every((id) => Number.isSafeInteger(id)) &&
    typeof candidate.expiresAt === "number"
  );
}
