"use client";

import { useTranslations } from "next-intl";
import type { FieldError } from "react-hook-form";

import { decodeMessageRef } from "@/lib/validation/messages";

/** The react-hook-form error type for messages that came from the API, already translated. */
export const SERVER_ERROR_TYPE = "server";

type UntypedTranslator = {
  (key: string, values?: Record<string, string | number>): string;
  has(key: string): boolean;
};

/**
 * Returns a function that turns a form error into the text to show. Errors from the shared zod
 * schemas carry message keys (see messageKeyErrorMap); errors from the API carry its text.
 */
export function useErrorText(): (error: FieldError | undefined) => string | undefined {
  // Keys come from zod issues at run time, so they are checked with has() instead of by type.
  const t = useTranslations() as unknown as UntypedTranslator;
  return (error) => {
    if (!error?.message) return undefined;
    if (error.type === SERVER_ERROR_TYPE) return error.message;
    const { key, values } = decodeMessageRef(error.message);
    return t.has(key) ? t(key, values) : t("validation.invalid");
  };
}
