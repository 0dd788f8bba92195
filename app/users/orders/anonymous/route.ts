import { getPrisma } from "@/lib/db";
import { apiRoute } from "@/lib/http/api-route";
import { methodNotAllowed } from "@/lib/http/method-not-allowed";
import { lookUpGuestOrder } from "@/lib/orders/look-up-guest-order";
import { guestOrderLookupRequestSchema } from "@/lib/orders/lookup-schema";
import { serializeOrder } from "@/lib/orders/serialize-order";
import {
  SESSION_COOKIE,
  addOrderToSession,
  readGuestSession,
  sessionCookie,
} from "@/lib/session/guest-session";

export const dynamic = "force-dynamic";

/**
 * POST /users/orders/anonymous/: returns a guest's order for its email and number, and records
 * in the session cookie that this browser proved the order, so it may request cancellations.
 */
export const POST = apiRoute({ bodySchema: guestOrderLookupRequestSchema }, async (ctx) => {
  const prisma = await getPrisma();
  const attempt = {
    email: ctx.body.email,
    number: ctx.body.order,
    clientAddress: ctx.clientAddress,
  };

  const order = await lookUpGuestOrder(prisma, attempt, ctx.log);

  const session = readGuestSession(ctx.request.cookies.get(SESSION_COOKIE)?.value);
  const { value } = addOrderToSession(session, order.id);
  return {
    body: { count: 1, next: null, previous: null, results: [serializeOrder(order, ctx.t)] },
    cookies: [sessionCookie(value, ctx.secureCookies)],
  };
});

export const GET = methodNotAllowed(["POST"]);
export const PUT = GET;
export const PATCH = GET;
export const DELETE = GET;
