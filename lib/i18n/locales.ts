import { match } from "@formatjs/intl-localematcher";
import Negotiator from "negotiator";

export const LOCALES = ["en", "tr"] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = "en";

/** The cookie the language switcher sets; it wins over Accept-Language. */
export const LOCALE_COOKIE = "NEXT_LOCALE";

/** The platform's language codes, as orders store them in `language_code`. */
export const PLATFORM_LANGUAGE_CODES: Record<Locale, string> = { en: "en-us", tr: "tr-tr" };

export function isLocale(value: unknown): value is Locale {
  return typeof value === "string" && (LOCALES as readonly string[]).includes(value);
}

/**
 * Picks the locale for a request: the switcher's cookie if valid, else the best match for
 * Accept-Language by q-value (`tr-TR`, `tr-tr` and `tr` all choose Turkish), else English.
 */
export function negotiateLocale(
  acceptLanguage: string | null | undefined,
  cookieLocale?: string | null,
): Locale {
  if (isLocale(cookieLocale)) return cookieLocale;
  if (!acceptLanguage) return DEFAULT_LOCALE;

  // Negotiator orders the header's tags by q-value; it drops malformed tags instead of throwing.
  const requested = new Negotiator({ headers: { "accept-language": acceptLanguage } })
    .languages()
    .filter((tag) => tag !== "*" && isWellFormedTag(tag));
  if (requested.length === 0) return DEFAULT_LOCALE;

  try {
    const matched = match(requested, LOCALES, DEFAULT_LOCALE);
    return isLocale(matched) ? matched : DEFAULT_LOCALE;
  } catch {
    return DEFAULT_LOCALE;
  }
}

function isWellFormedTag(tag: string): boolean {
  try {
    return Intl.getCanonicalLocales(tag).length === 1;
  } catch {
    return false;
  }
}
