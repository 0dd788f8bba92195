import { isErrorBody, readNonFieldError, type ErrorBody } from "./error-body";

/** The outcome of one API call as the pages need it; network failures are not thrown. */
export type ApiCallResult<Data> =
  | { kind: "ok"; status: number; data: Data }
  | { kind: "error"; status: number; body: ErrorBody; retryAfterSeconds: number | undefined }
  | { kind: "network" };

export interface PostOptions {
  /** The page's locale, sent as Accept-Language: the API negotiates only from that header. */
  locale: string;
  /** Sent as Idempotency-Key, so a retried submission cannot create a second request. */
  idempotencyKey?: string;
}

const CSRF_COOKIE = "csrftoken";
const CSRF_HEADER = "x-csrftoken";
const CSRF_ENDPOINT = "/api/csrf/";

/**
 * POSTs `body` as JSON to the portal's own API with the CSRF token from the csrftoken cookie,
 * fetching the cookie from /api/csrf/ first when the browser has none. A 403 for a stale token
 * is retried once with a fresh one.
 */
export async function postJson<Data>(
  path: string,
  body: unknown,
  options: PostOptions,
): Promise<ApiCallResult<Data>> {
  try {
    let result = await sendPost<Data>(path, body, options, await csrfToken());
    if (isCsrfRejection(result)) {
      result = await sendPost<Data>(path, body, options, await csrfToken({ refresh: true }));
    }
    return result;
  } catch {
    return { kind: "network" };
  }
}

/** Creates a random key for one submission attempt. It works on plain HTTP, unlike randomUUID. */
export function newIdempotencyKey(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return Array.from(bytes, (byte) => byte.toString(16).padStart(2, "0")).join("");
}

async function sendPost<Data>(
  path: string,
  body: unknown,
  options: PostOptions,
  token: string,
): Promise<ApiCallResult<Data>> {
  const headers: Record<string, string> = {
    "content-type": "application/json",
    accept: "application/json",
    "accept-language": options.locale,
    [CSRF_HEADER]: token,
  };
  if (options.idempotencyKey) headers["idempotency-key"] = options.idempotencyKey;

  const response = await fetch(path, {
    method: "POST",
    headers,
    body: JSON.stringify(body),
    credentials: "same-origin",
  });
  const parsed: unknown = await response.json().catch(() => undefined);

  if (response.ok) return { kind: "ok", status: response.status, data: parsed as Data };
  return {
    kind: "error",
    status: response.status,
    body: isErrorBody(parsed) ? parsed : {},
    retryAfterSeconds: parseRetryAfter(response.headers.get("retry-after")),
  };
}

async function csrfToken({ refresh = false } = {}): Promise<string> {
  const existing = refresh ? undefined : readCookie(CSRF_COOKIE);
  if (existing) return existing;

  const response = await fetch(CSRF_ENDPOINT, { credentials: "same-origin" });
  const { csrftoken } = (await response.json()) as { csrftoken: string };
  return csrftoken;
}

function isCsrfRejection(result: ApiCallResult<unknown>): boolean {
  return (
    result.kind === "error" &&
    result.status === 403 &&
    readNonFieldError(result.body)?.code === "csrf_100_1"
  );
}

function readCookie(name: string): string | undefined {
  for (const part of document.cookie.split(";")) {
    const [key, ...rest] = part.trim().split("=");
    if (key === name) return decodeURIComponent(rest.join("="));
  }
  return undefined;
}

function parseRetryAfter(header: string | null): number | undefined {
  if (!header) return undefined;
  const seconds = Number(header);
  return Number.isFinite(seconds) && seconds >= 0 ? seconds : undefined;
}
