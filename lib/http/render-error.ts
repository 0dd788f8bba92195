import type { ApiTranslator } from "@/lib/i18n/translator";

import type { ApiError, FieldErrors } from "./errors";

export type ErrorBody = Record<string, unknown>;

/** Builds the JSON body of an error in the platform's shape, in the translator's language. */
export function renderErrorBody(error: ApiError, t: ApiTranslator): ErrorBody {
  if (error.itemErrors) {
    const byIndex: Record<string, ErrorBody> = {};
    for (const [index, itemError] of error.itemErrors.errors) {
      byIndex[String(index)] = renderErrorBody(itemError, t);
    }
    return { [error.itemErrors.field]: byIndex };
  }

  if (error.fieldErrors) return renderFieldErrors(error.fieldErrors, t);

  const code = error.code ?? "server_100_1";
  return {
    non_field_errors: translate(t, `errors.${code}`, error.messageValues),
    error_code: code,
  };
}

function renderFieldErrors(fieldErrors: FieldErrors, t: ApiTranslator): ErrorBody {
  const body: ErrorBody = {};
  for (const [field, message] of Object.entries(fieldErrors)) {
    body[field] = translate(t, message.key, message.values);
  }
  return body;
}

// Keys are built at run time from codes and zod issues, so next-intl's typed keys cannot check
// them. lib/http/error-codes.test.ts checks that every error code has a message, and a key
// without one falls back to the generic server error here.
function translate(
  t: ApiTranslator,
  key: string,
  values: Record<string, string | number> | undefined,
): string {
  const untyped = t as unknown as {
    (key: string, values?: Record<string, string | number>): string;
    has(key: string): boolean;
  };
  if (!untyped.has(key)) return untyped("errors.server_100_1");
  return untyped(key, values);
}
