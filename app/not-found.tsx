import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("notFound");
  return { title: t("title") };
}

/** Renders every unknown address in the visitor's language, with a link to the lookup. */
export default async function NotFound() {
  const t = await getTranslations("notFound");
  return (
    <>
      <h1>{t("heading")}</h1>
      <p>{t("body")}</p>
      <div className="button-row">
        <Link className="button" href="/">
          {t("lookupLink")}
        </Link>
      </div>
    </>
  );
}
