import { cancellationRequestSchema } from "@/lib/cancellations/cancellation-schema";
import { createCancellationRequests } from "@/lib/cancellations/create-cancellation-requests";
import { guestRequester } from "@/lib/cancellations/guest-requester";
import { serializeCancellationRequest } from "@/lib/cancellations/serialize-cancellation-request";
import { getPrisma } from "@/lib/db";
import { apiRoute, type ApiResult } from "@/lib/http/api-route";
import { methodNotAllowed } from "@/lib/http/method-not-allowed";
import { ApiError } from "@/lib/http/errors";
import { readGuestOrderIds } from "@/lib/session/read-guest-order-ids";

export const dynamic = "force-dynamic";

/**
 * POST /users/orders/anonymous/cancellation_requests/: creates a cancellation or return request
 * for one order item of a guest order and returns it with status 200.
 */
export const POST = apiRoute(
  { bodySchema: cancellationRequestSchema, idempotency: { requester: guestRequester } },
  async ({ request, body, t, storeIdempotentResponse }) => {
    let response: ApiResult | undefined;
    const result = await createCancellationRequests(await getPrisma(), {
      requests: [body],
      guestOrderIds: readGuestOrderIds(request),
      // The Idempotency-Key's response commits with the request it reports.
      beforeCommit: async (tx, [created]) => {
        if (!created) return;
        response = { status: 200, body: serializeCancellationRequest(created, t) };
        await storeIdempotentResponse?.(tx, { status: 200, body: response.body });
      },
    });

    if (!result.ok) throw result.errors.get(0) ?? ApiError.of("server_100_1");
    if (!response) throw ApiError.of("server_100_1");
    return response;
  },
);

export const GET = methodNotAllowed(["POST"]);
export const PUT = GET;
export const PATCH = GET;
export const DELETE = GET;
