import type { Metadata, Viewport } from "next";
import Link from "next/link";
import { NextIntlClientProvider } from "next-intl";
import { getLocale, getMessages, getTranslations } from "next-intl/server";
import type { ReactNode } from "react";

import { LanguageSwitcher } from "@/components/layout/language-switcher";

import "./globals.css";

// Only these namespaces are sent to the browser; server components read the rest directly.
const CLIENT_NAMESPACES = [
  "common",
  "language",
  "lookup",
  "request",
  "confirmation",
  "validation",
  "errors",
] as const;

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("meta");
  return { title: t("title"), description: t("description") };
}

export const viewport: Viewport = { width: "device-width", initialScale: 1 };

export default async function RootLayout({ children }: { children: ReactNode }) {
  const [locale, messages, t] = await Promise.all([
    getLocale(),
    getMessages(),
    getTranslations("common"),
  ]);
  const clientMessages = Object.fromEntries(
    CLIENT_NAMESPACES.map((namespace) => [
      namespace,
      (messages as Record<string, unknown>)[namespace],
    ]),
  );

  return (
    <html lang={locale}>
      <body>
        <NextIntlClientProvider messages={clientMessages}>
          <a className="skip-link" href="#main-content">
            {t("skipToContent")}
          </a>
          <header className="site-header">
            <div className="site-header__inner">
              <Link className="site-header__brand" href="/">
                {t("siteName")}
              </Link>
              <LanguageSwitcher />
            </div>
          </header>
          <main id="main-content" tabIndex={-1}>
            {children}
          </main>
          <footer className="site-footer">
            <p>{t("footer")}</p>
          </footer>
        </NextIntlClientProvider>
      </body>
    </html>
  );
}
