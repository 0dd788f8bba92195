import { createHash } from "node:crypto";

/**
 * Serializes JSON with object keys sorted at every level, so two bodies that differ only in key
 * order or whitespace serialize the same.
 */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(sortKeys(value));
}

function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (typeof value !== "object" || value === null) return value;
  const sorted: Record<string, unknown> = {};
  for (const key of Object.keys(value).sort()) {
    sorted[key] = sortKeys((value as Record<string, unknown>)[key]);
  }
  return sorted;
}

/**
 * Returns the SHA-256 (hex) of what makes two requests the same for an idempotency key: method,
 * path, who is asking and the body in canonical form.
 */
export function hashRequest(parts: {
  method: string;
  path: string;
  requester: string;
  body: unknown;
}): string {
  const text = JSON.stringify([
    parts.method,
    parts.path,
    parts.requester,
    canonicalJson(parts.body),
  ]);
  return createHash("sha256").update(text).digest("hex");
}
