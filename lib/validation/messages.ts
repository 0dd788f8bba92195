import type { z } from "zod";

import type { FieldErrors, MessageRef } from "@/lib/http/errors";

// zod issues carry one string message, so a message key and its placeholder values travel as
// "validation.too_long|{\"maximum\":254}" and are decoded where the message is translated: in the
// route handler for API responses and in the form for inline errors.
const SEPARATOR = "|";

export function encodeMessageRef(key: string, values?: Record<string, string | number>): string {
  return values ? `${key}${SEPARATOR}${JSON.stringify(values)}` : key;
}

export function decodeMessageRef(message: string): MessageRef {
  const at = message.indexOf(SEPARATOR);
  if (!message.startsWith("validation.")) return { key: "validation.invalid" };
  if (at < 0) return { key: message };
  try {
    return { key: message.slice(0, at), values: JSON.parse(message.slice(at + 1)) };
  } catch {
    return { key: message.slice(0, at) };
  }
}

/**
 * zod error map that turns every issue into a message key under `validation.`. Pass it to
 * `safeParse(data, { error: messageKeyErrorMap })` on the server and to `zodResolver` in forms.
 */
export const messageKeyErrorMap: z.core.$ZodErrorMap = (issue) => {
  switch (issue.code) {
    case "invalid_type":
      if (issue.input === undefined || issue.input === null) {
        return encodeMessageRef("validation.required");
      }
      return encodeMessageRef(`validation.expected_${expectedKind(issue.expected)}`);
    case "too_small":
      if (issue.origin === "string") {
        return issue.minimum === 1
          ? encodeMessageRef("validation.required")
          : encodeMessageRef("validation.too_short", { minimum: Number(issue.minimum) });
      }
      if (issue.origin === "array" || issue.origin === "set") {
        return encodeMessageRef("validation.too_few_items", { minimum: Number(issue.minimum) });
      }
      return issue.inclusive === false
        ? encodeMessageRef("validation.must_be_greater", { minimum: Number(issue.minimum) })
        : encodeMessageRef("validation.too_small", { minimum: Number(issue.minimum) });
    case "too_big":
      if (issue.origin === "string") {
        return encodeMessageRef("validation.too_long", { maximum: Number(issue.maximum) });
      }
      if (issue.origin === "array" || issue.origin === "set") {
        return encodeMessageRef("validation.too_many_items", { maximum: Number(issue.maximum) });
      }
      return issue.inclusive === false
        ? encodeMessageRef("validation.must_be_less", { maximum: Number(issue.maximum) })
        : encodeMessageRef("validation.too_big", { maximum: Number(issue.maximum) });
    case "invalid_format":
      return encodeMessageRef(
        issue.format === "email" ? "validation.invalid_email" : "validation.invalid_format",
      );
    case "invalid_value":
      return encodeMessageRef("validation.invalid_choice", {
        options: issue.values.map(String).join(", "),
      });
    default:
      return encodeMessageRef("validation.invalid");
  }
};

function expectedKind(expected: string): string {
  switch (expected) {
    case "int":
      return "integer";
    case "number":
    case "bigint":
      return "number";
    case "boolean":
    case "object":
    case "string":
      return expected;
    case "array":
      return "list";
    default:
      return "other";
  }
}

/** Converts zod issues to field errors, keeping the first issue of each field path. */
export function fieldErrorsFromZod(error: z.ZodError): FieldErrors {
  const fieldErrors: FieldErrors = {};
  for (const issue of error.issues) {
    const field = issue.path.length > 0 ? issue.path.map(String).join(".") : "non_field_errors";
    fieldErrors[field] ??= decodeMessageRef(issue.message);
  }
  return fieldErrors;
}
