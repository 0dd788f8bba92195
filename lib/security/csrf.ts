import { randomBytes } from "node:crypto";

import { ApiError } from "@/lib/http/errors";

import { safeEqual, sign, verifySignature } from "./signing";

export const CSRF_COOKIE = "csrftoken";
export const CSRF_HEADER = "x-csrftoken";
const PURPOSE = "csrf";
const MAX_TOKEN_LENGTH = 200;

/** Creates a token: a random value and its signature, so a forged cookie value fails. */
export function createCsrfToken(): string {
  const value = randomBytes(18).toString("base64url");
  return `${value}.${sign(PURPOSE, value)}`;
}

export function isValidCsrfToken(token: string | undefined | null): token is string {
  if (!token || token.length > MAX_TOKEN_LENGTH) return false;
  const [value, signature, extra] = token.split(".");
  if (!value || !signature || extra !== undefined) return false;
  return verifySignature(PURPOSE, value, signature);
}

/** The csrftoken cookie: readable by the page's script, which copies it into x-csrftoken. */
export function csrfCookie(token: string, secure: boolean) {
  return {
    name: CSRF_COOKIE,
    value: token,
    httpOnly: false,
    sameSite: "lax" as const,
    secure,
    path: "/",
    maxAge: 60 * 60 * 24 * 365,
  };
}

/**
 * Rejects a POST unless x-csrftoken equals the csrftoken cookie and carries a valid signature
 * (double-submit), and unless the browser reports it as sent from this site.
 */
export function assertCsrf(request: Request, cookieToken: string | undefined): void {
  assertSameOrigin(request);

  const headerToken = request.headers.get(CSRF_HEADER);
  if (
    !cookieToken ||
    !headerToken ||
    !isValidCsrfToken(headerToken) ||
    !safeEqual(headerToken, cookieToken)
  ) {
    throw ApiError.of("csrf_100_1");
  }
}

function assertSameOrigin(request: Request): void {
  if (request.headers.get("sec-fetch-site") === "cross-site") throw ApiError.of("csrf_100_2");

  const origin = request.headers.get("origin");
  if (!origin) return; // Not sent by curl and server-side clients, which still need the token.
  if (origin === "null") throw ApiError.of("csrf_100_2");

  const host = request.headers.get("x-forwarded-host") ?? request.headers.get("host");
  let originHost: string;
  try {
    originHost = new URL(origin).host;
  } catch {
    throw ApiError.of("csrf_100_2");
  }
  if (originHost === host || allowedOrigins().has(origin)) return;
  throw ApiError.of("csrf_100_2");
}

/** Other origins allowed to POST, for storefronts on another domain: ALLOWED_ORIGINS, comma-separated. */
function allowedOrigins(): Set<string> {
  return new Set(
    (process.env.ALLOWED_ORIGINS ?? "")
      .split(",")
      .map((origin) => origin.trim())
      .filter(Boolean),
  );
}
