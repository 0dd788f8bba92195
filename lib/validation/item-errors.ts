import type { z } from "zod";

import { ApiError, type FieldErrors } from "@/lib/http/errors";

import { decodeMessageRef } from "./messages";

/**
 * Converts zod issues of a body with a list field into the bulk error shape, keyed by item
 * index: `{"cancel_order_items": {"1": {"quantity": "..."}}}`. Issues outside the items, such
 * as a missing or too long list, come back as ordinary field errors instead.
 */
export function itemErrorsFromZod(error: z.ZodError, listField: string): ApiError {
  const listErrors: FieldErrors = {};
  const itemErrors = new Map<number, FieldErrors>();

  for (const issue of error.issues) {
    const [field, index, ...rest] = issue.path;
    if (field === listField && typeof index === "number") {
      const fields = itemErrors.get(index) ?? {};
      const path = rest.length > 0 ? rest.map(String).join(".") : "non_field_errors";
      fields[path] ??= decodeMessageRef(issue.message);
      itemErrors.set(index, fields);
    } else {
      const path = issue.path.length > 0 ? issue.path.map(String).join(".") : "non_field_errors";
      listErrors[path] ??= decodeMessageRef(issue.message);
    }
  }

  if (Object.keys(listErrors).length > 0) return ApiError.fields(listErrors);
  const sorted = [...itemErrors].sort(([a], [b]) => a - b);
  return ApiError.items(
    listField,
    new Map(sorted.map(([index, fields]) => [index, ApiError.fields(fields)])),
  );
}
