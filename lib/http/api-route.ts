import { randomUUID } from "node:crypto";

import { NextResponse, type NextRequest } from "next/server";
import type { z } from "zod";

import type { Prisma } from "@/lib/generated/prisma/client";
import { negotiateLocale, type Locale } from "@/lib/i18n/locales";
import { getApiTranslator, type ApiTranslator } from "@/lib/i18n/translator";
import { IDEMPOTENT_REPLAYED_HEADER, readIdempotencyKey } from "@/lib/idempotency/idempotency-key";
import {
  startIdempotentRequest,
  type IdempotentRequest,
  type StoredResponse,
} from "@/lib/idempotency/idempotent-request";
import { hashRequest } from "@/lib/idempotency/request-hash";
import { logger, type Logger } from "@/lib/log";
import { CSRF_COOKIE, assertCsrf } from "@/lib/security/csrf";
import { itemErrorsFromZod } from "@/lib/validation/item-errors";
import { fieldErrorsFromZod, messageKeyErrorMap } from "@/lib/validation/messages";

import { clientAddress } from "./client-address";
import { isDatabaseUnavailable } from "./database-errors";
import { ApiError } from "./errors";
import { readJsonBody } from "./read-json-body";
import { renderErrorBody } from "./render-error";

export interface ResponseCookie {
  name: string;
  value: string;
  httpOnly: boolean;
  sameSite: "lax" | "strict";
  secure: boolean;
  path: string;
  maxAge: number;
}

/** Handler result, which the wrapper turns into the HTTP response. */
export interface ApiResult {
  status?: number;
  body: unknown;
  cookies?: ResponseCookie[];
  headers?: Record<string, string>;
}

export interface ApiContext<Body> {
  request: NextRequest;
  requestId: string;
  locale: Locale;
  t: ApiTranslator;
  log: Logger;
  body: Body;
  clientAddress: string;
  /** Whether cookies set now should carry Secure: true when the request came over HTTPS. */
  secureCookies: boolean;
  /**
   * Stores the response for the request's Idempotency-Key inside the handler's transaction, so
   * a crash cannot keep the writes and lose the response a retry should get. Undefined when the
   * request has no key. Pass the status and the body object the handler then returns.
   */
  storeIdempotentResponse:
    ((tx: Prisma.TransactionClient, response: StoredResponse) => Promise<void>) | undefined;
}

interface RouteOptions<Schema extends z.ZodType | undefined> {
  /** Validates the JSON body; without it the route reads no body. */
  bodySchema?: Schema;
  /** Require the double-submit CSRF token and a same-site origin. Default: true for POST. */
  csrf?: boolean;
  maxBodyBytes?: number;
  /**
   * Report validation issues inside this list field per item index, as bulk endpoints do:
   * `{"cancel_order_items": {"0": {"quantity": "..."}}}`.
   */
  itemsField?: string;
  /**
   * Honour the Idempotency-Key header: the status and body of the first response (below 500)
   * to a key are stored for 24 hours and replayed for a repeat with the same body and requester.
   * Headers and cookies are not stored. `requester` identifies who is asking, so a response is
   * never replayed to someone who could not have received it.
   */
  idempotency?: { requester: (request: NextRequest) => string };
}

type BodyOf<Schema> = Schema extends z.ZodType ? z.output<Schema> : undefined;

const DEFAULT_MAX_BODY_BYTES = 64 * 1024;

/**
 * Wraps a route handler with the steps every API request shares, in order: request id,
 * locale, CSRF check, body parsing and validation, the idempotency key, then the handler,
 * error mapping and one log line per failed request.
 */
export function apiRoute<Schema extends z.ZodType | undefined = undefined>(
  options: RouteOptions<Schema>,
  handler: (context: ApiContext<BodyOf<Schema>>) => Promise<ApiResult>,
): (request: NextRequest) => Promise<Response> {
  return async (request) => {
    const startedAt = performance.now();
    const requestId = readRequestId(request);
    const locale = negotiateLocale(request.headers.get("accept-language"));
    const t = getApiTranslator(locale);
    const log = logger.child({ requestId });

    let result: ApiResult;
    let idempotent: IdempotentRequest | undefined;
    try {
      if (options.csrf ?? request.method === "POST") {
        assertCsrf(request, request.cookies.get(CSRF_COOKIE)?.value);
      }
      const idempotencyKey = options.idempotency ? readIdempotencyKey(request.headers) : undefined;
      const { json, body } = await parseBody(request, options);

      idempotent = await claimIdempotencyKey(request, options, idempotencyKey, json);
      if (idempotent?.replay) return buildReplayResponse(idempotent.replay, requestId, locale);

      result = await handler({
        request,
        requestId,
        locale,
        t,
        log,
        body,
        clientAddress: clientAddress(request.headers),
        secureCookies: isHttps(request),
        storeIdempotentResponse: idempotent?.storeWithin,
      });
    } catch (error) {
      const apiError = toApiError(error);
      result = {
        status: apiError.status,
        body: renderErrorBody(apiError, t),
        headers: apiError.headers,
      };
      logFailure(log, request, apiError, error, performance.now() - startedAt);
    }

    await idempotent?.finish({ status: result.status ?? 200, body: result.body }, log);
    return buildResponse(result, requestId, locale);
  };
}

/** Reads and validates the body; returns the JSON as sent (for hashing) and the parsed body. */
async function parseBody<Schema extends z.ZodType | undefined>(
  request: NextRequest,
  options: RouteOptions<Schema>,
): Promise<{ json: unknown; body: BodyOf<Schema> }> {
  if (!options.bodySchema) return { json: undefined, body: undefined as BodyOf<Schema> };

  const json = await readJsonBody(request, options.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES);
  const parsed = options.bodySchema.safeParse(json, { error: messageKeyErrorMap });
  if (!parsed.success) {
    throw options.itemsField
      ? itemErrorsFromZod(parsed.error, options.itemsField)
      : ApiError.fields(fieldErrorsFromZod(parsed.error));
  }
  return { json, body: parsed.data as BodyOf<Schema> };
}

/** Claims the Idempotency-Key when the route honours keys and the request sent one. */
async function claimIdempotencyKey<Schema extends z.ZodType | undefined>(
  request: NextRequest,
  options: RouteOptions<Schema>,
  key: string | undefined,
  json: unknown,
): Promise<IdempotentRequest | undefined> {
  if (key === undefined || !options.idempotency) return undefined;

  const path = request.nextUrl.pathname;
  const requester = options.idempotency.requester(request);
  return startIdempotentRequest({
    scope: path,
    key,
    requestHash: hashRequest({ method: request.method, path, requester, body: json }),
  });
}

function toApiError(error: unknown): ApiError {
  if (error instanceof ApiError) return error;
  if (isDatabaseUnavailable(error))
    return ApiError.of("server_100_2", { headers: { "Retry-After": "5" } });
  return ApiError.of("server_100_1");
}

function logFailure(
  log: Logger,
  request: NextRequest,
  apiError: ApiError,
  cause: unknown,
  durationMs: number,
): void {
  const entry = {
    method: request.method,
    path: request.nextUrl.pathname,
    status: apiError.status,
    code: apiError.code,
    fields: apiError.fieldErrors ? Object.keys(apiError.fieldErrors) : undefined,
    durationMs: Math.round(durationMs),
  };
  if (apiError.status >= 500) {
    // Only the error's class and message: a driver error can quote SQL parameters.
    const err = cause instanceof Error ? { type: cause.name, message: cause.message } : undefined;
    log.error({ ...entry, err }, apiError.message);
  } else {
    log.info(entry, apiError.message);
  }
}

function buildResponse(result: ApiResult, requestId: string, locale: Locale): Response {
  const response = NextResponse.json(result.body, { status: result.status ?? 200 });
  response.headers.set("X-Request-Id", requestId);
  response.headers.set("Content-Language", locale);
  response.headers.set("Cache-Control", "no-store");
  response.headers.set("Vary", "Accept-Language, Cookie");
  for (const [name, value] of Object.entries(result.headers ?? {})) {
    response.headers.set(name, value);
  }
  for (const cookie of result.cookies ?? []) {
    response.cookies.set(cookie);
  }
  return response;
}

/** Sends a stored response again, marked so the client can tell it from a fresh one. */
function buildReplayResponse(stored: StoredResponse, requestId: string, locale: Locale): Response {
  return buildResponse(
    {
      status: stored.status,
      body: stored.body,
      headers: { [IDEMPOTENT_REPLAYED_HEADER]: "true" },
    },
    requestId,
    locale,
  );
}

function readRequestId(request: NextRequest): string {
  const sent = request.headers.get("x-request-id");
  return sent && /^[A-Za-z0-9._-]{8,64}$/.test(sent) ? sent : randomUUID();
}

function isHttps(request: NextRequest): boolean {
  return (
    request.nextUrl.protocol === "https:" || request.headers.get("x-forwarded-proto") === "https"
  );
}
