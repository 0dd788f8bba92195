import { listCancellationReasons } from "@/lib/cancellation-reasons/list-cancellation-reasons";
import { cancellationReasonsQuerySchema } from "@/lib/cancellation-reasons/reasons-query-schema";
import { serializeCancellationReason } from "@/lib/cancellation-reasons/serialize-cancellation-reason";
import { getPrisma } from "@/lib/db";
import { apiRoute } from "@/lib/http/api-route";
import { parseQuery } from "@/lib/http/parse-query";

export const dynamic = "force-dynamic";

/**
 * GET /users/orders/anonymous/cancellation_reasons/?cancellation_type=cancel|refund: the active
 * reasons in display order, with subjects in the request's language, for storefronts that
 * build their own cancellation forms.
 */
export const GET = apiRoute({}, async (ctx) => {
  const query = parseQuery(cancellationReasonsQuerySchema, ctx.request.nextUrl.searchParams);

  const prisma = await getPrisma();
  const reasons = await listCancellationReasons(prisma, query.cancellation_type);

  const results = reasons.map((reason) => serializeCancellationReason(reason, ctx.locale));
  return { body: { count: results.length, next: null, previous: null, results } };
});
