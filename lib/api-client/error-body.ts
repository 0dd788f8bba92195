/**
 * Readers for the API's error bodies, which take three shapes:
 * `{"non_field_errors": "...", "error_code": "..."}`, field errors such as
 * `{"quantity": "..."}`, and bulk errors keyed by item index such as
 * `{"cancel_order_items": {"1": {"quantity": "..."}}}`.
 */
export type ErrorBody = Record<string, unknown>;

export interface NonFieldError {
  message: string;
  code: string | undefined;
}

const NON_FIELD_KEY = "non_field_errors";
const CODE_KEY = "error_code";

export function isErrorBody(value: unknown): value is ErrorBody {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** Returns the error that concerns the request as a whole, if the body has one. */
export function readNonFieldError(body: ErrorBody): NonFieldError | undefined {
  const message = messageOf(body[NON_FIELD_KEY]);
  if (message === undefined) return undefined;
  const code = body[CODE_KEY];
  return { message, code: typeof code === "string" ? code : undefined };
}

/**
 * Field messages keyed by field path. Nested objects such as
 * `{"pickup_date": {"date": "..."}}` become "pickup_date.date"; the bulk list field, whose keys
 * are item indexes, is left to `readItemErrors`.
 */
export function readFieldErrors(body: ErrorBody, prefix = ""): Record<string, string> {
  const fields: Record<string, string> = {};
  for (const [key, value] of Object.entries(body)) {
    if (key === NON_FIELD_KEY || key === CODE_KEY) continue;
    const path = prefix ? `${prefix}.${key}` : key;
    const message = messageOf(value);
    if (message !== undefined) {
      fields[path] = message;
    } else if (isErrorBody(value) && !hasIndexKeys(value)) {
      Object.assign(fields, readFieldErrors(value, path));
    }
  }
  return fields;
}

/** Returns the error body of each failing item of a list field, keyed by the item's index. */
export function readItemErrors(body: ErrorBody, listField: string): Map<number, ErrorBody> {
  const items = new Map<number, ErrorBody>();
  const byIndex = body[listField];
  if (!isErrorBody(byIndex)) return items;
  for (const [key, value] of Object.entries(byIndex)) {
    const index = Number(key);
    if (Number.isInteger(index) && index >= 0 && isErrorBody(value)) items.set(index, value);
  }
  return items;
}

// The platform sends one message per field, but Django-style clients also meet lists of them.
function messageOf(value: unknown): string | undefined {
  if (typeof value === "string") return value;
  if (Array.isArray(value) && typeof value[0] === "string") return value[0];
  return undefined;
}

function hasIndexKeys(value: ErrorBody): boolean {
  const keys = Object.keys(value);
  return keys.length > 0 && keys.every((key) => /^\d+$/.test(key));
}
