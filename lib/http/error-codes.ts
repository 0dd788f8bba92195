/**
 * Every error code the API returns, with its HTTP status. The localized message of code X is
 * `errors.X` in messages/*.json. Codes follow the platform's `<area>_<group>_<n>` pattern; the
 * platform's own codes (cancellation_request_100_1, cancellation_request_100_8) keep their
 * meaning.
 */
export const ERROR_CODES = {
  // The request itself could not be read.
  request_100_1: { status: 400, log: "malformed JSON body" },
  request_100_2: { status: 415, log: "unsupported content type" },
  request_100_3: { status: 413, log: "request body too large" },
  request_100_4: { status: 400, log: "JSON body is not an object" },
  request_100_5: { status: 400, log: "invalid Idempotency-Key header" },
  request_100_7: { status: 405, log: "method not allowed" },
  request_100_6: { status: 400, log: "JSON body nested too deeply" },

  // Cross-site request forgery protection.
  csrf_100_1: { status: 403, log: "CSRF token missing or does not match the cookie" },
  csrf_100_2: { status: 403, log: "cross-origin POST rejected" },

  // Attempts per client address or order number exceeded.
  rate_limit_100_1: { status: 429, log: "too many attempts" },

  // Idempotency keys.
  idempotency_100_1: { status: 422, log: "idempotency key reused with a different request" },
  idempotency_100_2: { status: 409, log: "request with this idempotency key is in progress" },

  // Guest order lookup. One code for wrong email, unknown number and registered users' orders.
  anonymous_order_100_1: { status: 404, log: "order not found for these credentials" },

  // Cancellation and return requests.
  cancellation_request_100_1: { status: 406, log: "all units already in active requests" },
  cancellation_request_100_2: { status: 406, log: "item cancelled, refunded or under review" },
  cancellation_request_100_3: { status: 406, log: "item shipped: return instead of cancel" },
  cancellation_request_100_4: { status: 406, log: "item not delivered, so not refundable" },
  cancellation_request_100_5: { status: 406, log: "return window closed" },
  cancellation_request_100_6: { status: 406, log: "product not returnable" },
  cancellation_request_100_7: { status: 406, log: "order invoiced, so items cannot be cancelled" },
  cancellation_request_100_8: { status: 406, log: "pickup address missing" },
  cancellation_request_100_9: { status: 406, log: "IBAN and holder name required for refund" },
  cancellation_request_100_10: { status: 400, log: "order item listed twice in one bulk request" },

  // Server side.
  server_100_1: { status: 500, log: "unexpected error" },
  server_100_2: { status: 503, log: "database unavailable" },
} as const satisfies Record<string, { status: number; log: string }>;

export type ErrorCode = keyof typeof ERROR_CODES;
