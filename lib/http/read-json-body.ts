import { ApiError } from "./errors";

/**
 * The deepest nesting of arrays and objects a body may have. The API's bodies nest 5 levels
 * deep. Much deeper JSON, which fits in 64 KiB, makes recursive code such as JSON.stringify and
 * the idempotency hash overflow the call stack.
 */
export const MAX_JSON_DEPTH = 20;

/**
 * Reads a JSON object body of at most `maxBytes`, without buffering more than that. Rejects
 * another content type (415), a larger body (413), malformed JSON, JSON that is not an object
 * and JSON nested deeper than MAX_JSON_DEPTH (400).
 */
export async function readJsonBody(request: Request, maxBytes: number): Promise<unknown> {
  const contentType = request.headers.get("content-type") ?? "";
  const mediaType = contentType.split(";")[0]?.trim().toLowerCase();
  if (mediaType !== "application/json") throw ApiError.of("request_100_2");

  const declaredLength = Number(request.headers.get("content-length") ?? NaN);
  if (declaredLength > maxBytes) throw ApiError.of("request_100_3");

  const text = await readText(request, maxBytes);
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw ApiError.of("request_100_1");
  }
  if (typeof json !== "object" || json === null || Array.isArray(json)) {
    throw ApiError.of("request_100_4");
  }
  if (nestingExceeds(json, MAX_JSON_DEPTH)) throw ApiError.of("request_100_6");
  return json;
}

/** Checks, without recursion, whether arrays and objects in `value` nest deeper than `maxDepth`. */
function nestingExceeds(value: unknown, maxDepth: number): boolean {
  const pending: Array<{ value: unknown; depth: number }> = [{ value, depth: 1 }];
  for (let next = pending.pop(); next; next = pending.pop()) {
    if (typeof next.value !== "object" || next.value === null) continue;
    if (next.depth > maxDepth) return true;
    for (const child of Object.values(next.value)) {
      pending.push({ value: child, depth: next.depth + 1 });
    }
  }
  return false;
}

async function readText(request: Request, maxBytes: number): Promise<string> {
  if (!request.body) return "";
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > maxBytes) {
      await reader.cancel();
      throw ApiError.of("request_100_3");
    }
    chunks.push(value);
  }
  const decoder = new TextDecoder("utf-8", { fatal: true });
  try {
    return decoder.decode(Buffer.concat(chunks));
  } catch {
    throw ApiError.of("request_100_1");
  }
}
