import { ApiError } from "@/lib/http/errors";

export const IDEMPOTENCY_KEY_HEADER = "idempotency-key";
export const IDEMPOTENT_REPLAYED_HEADER = "Idempotent-Replayed";

// Visible ASCII (0x21–0x7E), at most 255 characters: room for a UUID or a client's own scheme,
// and nothing that could break a log line.
const KEY_PATTERN = /^[\x21-\x7e]{1,255}$/;

/**
 * Returns the Idempotency-Key header, or undefined when the request has none. Raises
 * request_100_5 for a key that is empty, longer than 255 characters or not visible ASCII.
 */
export function readIdempotencyKey(headers: Headers): string | undefined {
  const key = headers.get(IDEMPOTENCY_KEY_HEADER);
  if (key === null) return undefined;
  if (!KEY_PATTERN.test(key)) throw ApiError.of("request_100_5");
  return key;
}
