import type { CancellationReason } from "@/lib/generated/prisma/client";
import { PLATFORM_LANGUAGE_CODES, type Locale } from "@/lib/i18n/locales";

/** Serializes a cancellation reason with its subject in the request's language. */
export function serializeCancellationReason(reason: CancellationReason, locale: Locale) {
  return {
    id: reason.id,
    subject: localizedSubject(reason, locale),
    cancellation_type: reason.cancellationType,
    extra_information_needed: reason.extraInformationNeeded,
    order: reason.displayOrder,
  };
}

/**
 * Reads the subject from `translations`, keyed by the platform's language code
 * ({"tr-tr": {"subject": "..."}}), and falls back to `subject` when there is none.
 */
export function localizedSubject(
  reason: Pick<CancellationReason, "subject" | "translations">,
  locale: Locale,
): string {
  const translations = reason.translations;
  if (typeof translations !== "object" || translations === null || Array.isArray(translations)) {
    return reason.subject;
  }
  const entry = (translations as Record<string, unknown>)[PLATFORM_LANGUAGE_CODES[locale]];
  if (typeof entry !== "object" || entry === null) return reason.subject;
  const subject = (entry as Record<string, unknown>).subject;
  return typeof subject === "string" && subject.trim() !== "" ? subject : reason.subject;
}
