import { createTranslator } from "next-intl";

import type { Locale } from "./locales";
import { loadMessages } from "./messages";

/**
 * Returns next-intl's translator for API responses, which run outside a page's request scope.
 * Pages use `getTranslations` and `useTranslations` instead.
 */
export function getApiTranslator(locale: Locale) {
  return createTranslator({ locale, messages: loadMessages(locale) });
}

export type ApiTranslator = ReturnType<typeof getApiTranslator>;
