import type { Locale } from "@/lib/i18n/locales";
import type en from "@/messages/en.json";

// Types next-intl's keys and locales from the English messages, so a missing key fails to compile.
declare module "next-intl" {
  interface AppConfig {
    Locale: Locale;
    Messages: typeof en;
  }
}
