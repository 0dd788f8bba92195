"use client";

import { useRouter } from "next/navigation";
import { useLocale, useTranslations } from "next-intl";
import { useTransition } from "react";

// Kept here instead of importing lib/i18n/locales.ts, whose Accept-Language parser would
// otherwise be bundled for the browser. A unit test checks that both lists agree.
export const SWITCHER_LOCALES = ["en", "tr"] as const;
export const SWITCHER_COOKIE = "NEXT_LOCALE";
const ONE_YEAR_SECONDS = 60 * 60 * 24 * 365;

/**
 * Buttons that store the chosen language in the NEXT_LOCALE cookie and re-render the page in
 * it. The cookie wins over Accept-Language on every later visit.
 */
export function LanguageSwitcher() {
  const t = useTranslations("language");
  const locale = useLocale();
  const router = useRouter();
  const [isPending, startTransition] = useTransition();

  function choose(next: (typeof SWITCHER_LOCALES)[number]) {
    if (next === locale) return;
    storeLocale(next);
    startTransition(() => router.refresh());
  }

  return (
    <nav aria-label={t("label")}>
      <ul className="language-switcher" aria-busy={isPending}>
        {SWITCHER_LOCALES.map((option) => (
          <li key={option}>
            <button
              type="button"
              lang={option}
              aria-pressed={option === locale}
              onClick={() => choose(option)}
            >
              {t(`names.${option}`)}
            </button>
          </li>
        ))}
      </ul>
    </nav>
  );
}

function storeLocale(locale: string): void {
  document.cookie = `${SWITCHER_COOKIE}=${locale}; path=/; max-age=${ONE_YEAR_SECONDS}; samesite=lax`;
}
