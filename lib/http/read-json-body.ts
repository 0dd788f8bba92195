import { ApiError } from "./errors";

/**
 * Reads a JSON object body of at most `maxBytes`, without buffering more than that. Rejects
 * another content type (415), a larger body (413), malformed JSON and JSON that is not an
 * object (400).
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
  return json;
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
