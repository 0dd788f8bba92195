import { apiRoute } from "@/lib/http/api-route";
import { CSRF_COOKIE, createCsrfToken, csrfCookie, isValidCsrfToken } from "@/lib/security/csrf";

export const dynamic = "force-dynamic";

/**
 * GET /api/csrf/: returns the CSRF token for API clients and sets the csrftoken cookie. A valid
 * token already in the cookie is returned unchanged.
 */
export const GET = apiRoute({ csrf: false }, async ({ request, secureCookies }) => {
  const current = request.cookies.get(CSRF_COOKIE)?.value;
  const token = isValidCsrfToken(current) ? current : createCsrfToken();
  return { body: { csrftoken: token }, cookies: [csrfCookie(token, secureCookies)] };
});
