import { cookies } from "next/headers";
import { getLocale } from "next-intl/server";

import { listCancellationReasons } from "@/lib/cancellation-reasons/list-cancellation-reasons";
import { serializeCancellationReason } from "@/lib/cancellation-reasons/serialize-cancellation-reason";
import { getPrisma } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { getApiTranslator } from "@/lib/i18n/translator";
import { normalizeOrderNumber } from "@/lib/orders/credentials";
import { mapOrderDetails } from "@/lib/orders/map-order-details";
import { selectOrderDetails } from "@/lib/orders/order-details-sql";
import { serializeOrder, type SerializedOrder } from "@/lib/orders/serialize-order";
import { SESSION_COOKIE, readGuestSession } from "@/lib/session/guest-session";

import type { SessionCookieState } from "./lookup-reason";

/**
 * Loads the order with this number for a page, serialized exactly as the lookup API returns it
 * in the page's language, but only when this browser's session cookie lists the order. Returns
 * null when the session is missing, expired or does not include it.
 */
export async function loadSessionOrder(number: string): Promise<SerializedOrder | null> {
  const session = readGuestSession((await cookies()).get(SESSION_COOKIE)?.value);
  if (!session) return null;

  const prisma = await getPrisma();
  const rows = await prisma.$queryRaw<{ order: Record<string, unknown> }[]>(
    selectOrderDetails(Prisma.sql`
      o.number = ${normalizeOrderNumber(number)}
      AND o.id = ANY(${session.orderIds}::int[])
      AND u.user_type = 'guest'`),
  );
  if (!rows[0]) return null;

  return serializeOrder(mapOrderDetails(rows[0].order), getApiTranslator(await getLocale()));
}

/** Reads whether this request sent a session cookie, and whether it is still a valid session. */
export async function readSessionCookieState(): Promise<SessionCookieState> {
  const cookie = (await cookies()).get(SESSION_COOKIE)?.value;
  if (cookie === undefined) return "none";
  return readGuestSession(cookie) ? "valid" : "invalid";
}

export type SerializedReason = ReturnType<typeof serializeCancellationReason>;

/** Loads the active cancellation reasons of both types, as the reasons endpoint lists them. */
export async function loadCancellationReasons(): Promise<SerializedReason[]> {
  const [prisma, locale] = await Promise.all([getPrisma(), getLocale()]);
  const reasons = await listCancellationReasons(prisma, undefined);
  return reasons.map((reason) => serializeCancellationReason(reason, locale));
}
