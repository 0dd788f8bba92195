import { apiRoute } from "./api-route";
import { ApiError } from "./errors";

/**
 * A handler for the methods a route does not serve: 405 in the API's error shape with an
 * Allow header, instead of Next.js's empty 405 body.
 */
export function methodNotAllowed(allowed: string[]) {
  return apiRoute({ csrf: false }, async () => {
    throw ApiError.of("request_100_7", { headers: { Allow: allowed.join(", ") } });
  });
}
