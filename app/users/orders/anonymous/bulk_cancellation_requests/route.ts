import { bulkCancellationRequestSchema } from "@/lib/cancellations/cancellation-schema";
import { createCancellationRequests } from "@/lib/cancellations/create-cancellation-requests";
import { guestRequester } from "@/lib/cancellations/guest-requester";
import { serializeBulkCancellationRequest } from "@/lib/cancellations/serialize-cancellation-request";
import { getPrisma } from "@/lib/db";
import { apiRoute } from "@/lib/http/api-route";
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
  async ({ request, body, t }) => {
    const result = await createCancellationRequests(await getPrisma(), {
      requests: body.cancel_order_items,
      guestOrderIds: readGuestOrderIds(request),
    });

    if (!result.ok) throw ApiError.items(ITEMS_FIELD, result.errors);
    return {
      status: 201,
      body: result.requests.map((created) => serializeBulkCancellationRequest(created, t)),
    };
  },
);

export const GET = methodNotAllowed(["POST"]);
export const PUT = GET;
export const PATCH = GET;
export const DELETE = GET;
