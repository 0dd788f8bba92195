import type { z } from "zod";

import { fieldErrorsFromZod, messageKeyErrorMap } from "@/lib/validation/messages";

import { ApiError } from "./errors";

/**
 * Validates a URL's query parameters with `schema`, throwing field errors as the body schemas
 * do. A parameter sent more than once keeps its last value.
 */
export function parseQuery<Schema extends z.ZodType>(
  schema: Schema,
  searchParams: URLSearchParams,
): z.output<Schema> {
  const parsed = schema.safeParse(Object.fromEntries(searchParams), {
    error: messageKeyErrorMap,
  });
  if (!parsed.success) throw ApiError.fields(fieldErrorsFromZod(parsed.error));
  return parsed.data;
}
