import en from "@/messages/en.json";
import tr from "@/messages/tr.json";

import type { Locale } from "./locales";

export type Messages = typeof en;

const MESSAGES: Record<Locale, Messages> = { en, tr };

export function loadMessages(locale: Locale): Messages {
  return MESSAGES[locale];
}
