import { getTranslations } from "next-intl/server";

import { LookupForm } from "@/components/lookup/lookup-form";

interface LookupPageProps {
  searchParams: Promise<{ reason?: string | string[] }>;
}

/** `/`: find an order by email and order number. `?reason=expired` explains a lost session. */
export default async function LookupPage({ searchParams }: LookupPageProps) {
  const [{ reason }, t] = await Promise.all([searchParams, getTranslations("lookup")]);

  return (
    <>
      <h1>{t("heading")}</h1>
      {reason === "expired" ? (
        <div className="notice notice--warning" role="status">
          <p>{t("expired")}</p>
        </div>
      ) : null}
      <p id="lookup-intro">{t("intro")}</p>
      <div className="card">
        <LookupForm />
      </div>
      <section className="section" aria-labelledby="lookup-help-heading">
        <h2 id="lookup-help-heading">{t("help.heading")}</h2>
        <p>{t("help.number")}</p>
        <p>{t("help.privacy")}</p>
      </section>
    </>
  );
}
