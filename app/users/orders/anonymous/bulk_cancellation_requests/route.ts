import { bulkCancellationRequestSchema } from "@/lib/cancellations/cancellation-schema";
import { createCancellationRequests } from "@/lib/cancellations/create-cancellation-requests";
import { guestRequester } from "@/lib/cancellations/guest-requester";
import { serializeBulkCancellationRequest } from "@/lib/cancellations/serialize-cancellation-request";
import { getPrisma } from "@/lib/db";
import { apiRoute, type ApiResult } from "@/lib/http/api-route";
import { methodNotAllowed } from "@/lib/http/method-not-allowed";
import { ApiError } from "@/lib/http/errors";
import { readGuestOrderIds } from "@/lib/session/read-guest-order-ids";

export const dynamic = "force-dynamic";

const ITEMS_FIELD = "cancel_order_items";

/**
 * POST /users/orders/anonymous/bulk_cancellation_requests/: creates cancellation and return
 * requests for several order items, all or none. Returns 201 with the created requests in the
 * order sent, or the errors keyed by item index.
 */
export const POST = apiRoute(
  {
    bodySchema: bulkCancellationRequestSchema,
    itemsField: ITEMS_FIELD,
    idempotency: { requester: guestRequester },
  },
  async ({ request, body, t, storeIdempotentResponse }) => {
    let response: ApiResult | undefined;
    const result = await createCancellationRequests(await getPrisma(), {
      requests: body.cancel_order_items,
      guestOrderIds: readGuestOrderIds(request),
      // The Idempotency-Key's response commits with the requests it reports.
      beforeCommit: async (tx, created) => {
        response = {
          status: 201,
          body: created.map((entry) => serializeBulkCancellationRequest(entry, t)),
        };
        await storeIdempotentResponse?.(tx, { status: 201, body: response.body });
      },
    });

    if (!result.ok) throw ApiError.items(ITEMS_FIELD, result.errors);
    if (!response) throw ApiError.of("server_100_1");
    return response;
  },
);

export const GET = methodNotAllowed(["POST"]);
export const PUT = GET;
export const PATCH = GET;
export const DELETE = GET;
