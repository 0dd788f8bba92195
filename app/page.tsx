import { getTranslations } from "next-intl/server";

import { LookupForm } from "@/components/lookup/lookup-form";
import { parseLookupReason } from "@/lib/guest-portal/lookup-reason";
import { ORDER_NUMBER_PATTERN } from "@/lib/orders/lookup-schema";

interface LookupPageProps {
  searchParams: Promise<{ reason?: string | string[]; order?: string | string[] }>;
}

const REASON_MESSAGES = {
  expired: "reasons.expired",
  "expired-unsent": "reasons.expiredUnsent",
  lookup: "reasons.lookup",
} as const;

/**
 * `/`: find an order by email and order number. `?reason=` explains why a guest page sent the
 * shopper here (see lib/guest-portal/lookup-reason.ts) and `?order=` fills in the number.
 */
export default async function LookupPage({ searchParams }: LookupPageProps) {
  const [query, t] = await Promise.all([searchParams, getTranslations("lookup")]);
  const reason = parseLookupReason(query.reason);
  const orderNumber =
    typeof query.order === "string" && ORDER_NUMBER_PATTERN.test(query.order) ? query.order : "";

  return (
    <>
      <h1>{t("heading")}</h1>
      {reason ? (
        <div className={reason === "lookup" ? "notice" : "notice notice--warning"} role="status">
          <p>{t(REASON_MESSAGES[reason])}</p>
        </div>
      ) : null}
      <p id="lookup-intro">{t("intro")}</p>
      <div className="card">
        <LookupForm
          defaultOrderNumber={orderNumber}
          resumeRequest={reason === "expired-unsent" && orderNumber !== ""}
        />
      </div>
      <section className="section" aria-labelledby="lookup-help-heading">
        <h2 id="lookup-help-heading">{t("help.heading")}</h2>
        <p>{t("help.number")}</p>
        <p>{t("help.privacy")}</p>
      </section>
    </>
  );
}
