import { ERROR_CODES, type ErrorCode } from "@/lib/http/error-codes";

// The documented error bodies of the anonymous order endpoints:
//   field errors      {"<field path>": "<message>", ...}
//   non-field error   {"non_field_errors": "<message>", "error_code": "<code>"}
//   bulk, per index   {"cancel_order_items": {"<index>": <field errors or non-field error>}}

type Json = Record<string, unknown>;

function isObject(value: unknown): value is Json {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function isErrorCode(code: unknown): code is ErrorCode {
  return typeof code === "string" && Object.hasOwn(ERROR_CODES, code);
}

/** Returns the status a non-field or field error body implies, or a problem description. */
function checkSingle(body: unknown): { status?: number; problem?: string } {
  if (!isObject(body)) return { problem: "the body is not a JSON object" };
  const keys = Object.keys(body);
  if (keys.length === 0) return { problem: "the body is an empty object" };

  if ("error_code" in body) {
    if (keys.length !== 2 || typeof body.non_field_errors !== "string") {
      return { problem: "a non-field error must have exactly non_field_errors and error_code" };
    }
    if (!isErrorCode(body.error_code)) return { problem: `unknown error_code ${body.error_code}` };
    if (body.non_field_errors === "") return { problem: "empty non_field_errors message" };
    return { status: ERROR_CODES[body.error_code].status };
  }

  for (const [field, message] of Object.entries(body)) {
    if (typeof message !== "string" || message === "") {
      return { problem: `field error ${field} is not a non-empty string` };
    }
  }
  return {};
}

/**
 * Returns why an error response does not match the documented shapes and statuses, or
 * undefined when it does. `itemsField` names a bulk endpoint's list field.
 */
export function errorShapeProblem(
  status: number,
  body: unknown,
  itemsField?: string,
): string | undefined {
  if (status < 400 || status >= 600) return `status ${status} is not an error status`;

  if (itemsField && isObject(body) && isObject(body[itemsField])) {
    if (Object.keys(body).length !== 1) return `${itemsField} errors come with other keys`;
    const byIndex = body[itemsField];
    const statuses = new Set<number>();
    for (const [index, entry] of Object.entries(byIndex)) {
      if (!/^(0|[1-9]\d*)$/.test(index)) return `item error key ${index} is not an index`;
      const checked = checkSingle(entry);
      if (checked.problem) return `item ${index}: ${checked.problem}`;
      statuses.add(checked.status ?? 400);
    }
    if (statuses.size === 0) return `${itemsField} errors are empty`;
    const [only] = statuses;
    const expected = statuses.size === 1 && only !== undefined ? only : 400;
    return status === expected ? undefined : `status ${status} for item errors of ${expected}`;
  }

  const checked = checkSingle(body);
  if (checked.problem) return checked.problem;
  const expected = checked.status ?? 400;
  return status === expected ? undefined : `status ${status} for an error of status ${expected}`;
}
