import { cookies, headers } from "next/headers";
import { getRequestConfig } from "next-intl/server";

import { STORE_TIME_ZONE } from "@/lib/time/store-time";

import { LOCALE_COOKIE, negotiateLocale } from "./locales";
import { loadMessages } from "./messages";

// next-intl's request configuration: the locale comes from the switcher's cookie or the
// Accept-Language header, because URLs carry no locale prefix.
export default getRequestConfig(async () => {
  const [cookieStore, headerList] = await Promise.all([cookies(), headers()]);
  const locale = negotiateLocale(
    headerList.get("accept-language"),
    cookieStore.get(LOCALE_COOKIE)?.value,
  );
  return { locale, messages: loadMessages(locale), timeZone: STORE_TIME_ZONE };
});
