"use client";

import { useTranslations } from "next-intl";

import { useWireFormat } from "@/components/order/format";
import type { ChosenItem, RequestFormValues } from "@/lib/guest-portal/request-form";
import {
  commonCompanies,
  type RequestFlowOrder,
  type RequestReason,
} from "@/lib/guest-portal/request-view";

interface ReviewStepProps {
  order: RequestFlowOrder;
  reasons: RequestReason[];
  chosen: ChosenItem[];
  values: RequestFormValues;
}

/** Step 3: what will be requested, in words, before the one submission. */
export function ReviewStep({ order, reasons, chosen, values }: ReviewStepProps) {
  const t = useTranslations("request.review");
  const format = useWireFormat();
  const returns = chosen.filter((entry) => entry.type === "refund");
  const reasonName = (id: string) => reasons.find((reason) => String(reason.id) === id)?.subject;
  const company = commonCompanies(returns.map((entry) => entry.item)).find(
    (entry) => String(entry.id) === values.shippingCompany,
  );
  const address = order.addresses.find((entry) => String(entry.id) === values.pickupAddress);
  const [slotStart, slotEnd] = values.pickupSlot.split("-");

  return (
    <div className="stack">
      <section className="card" aria-labelledby="review-items-heading">
        <h3 id="review-items-heading">{t("itemsHeading")}</h3>
        <ul className="plain-list stack">
          {chosen.map(({ item, type, quantity }) => {
            const description = (
              type === "cancel" ? values.cancelDescription : values.refundDescription
            ).trim();
            return (
              <li key={item.id}>
                <strong>{item.name}</strong>
                <br />
                {t(type === "cancel" ? "cancelLine" : "returnLine", { quantity })}
                {" · "}
                {type === "cancel"
                  ? reasonName(values.cancelReason)
                  : reasonName(values.refundReason)}
                {description ? (
                  <span className="review-description">
                    <span className="visually-hidden">{t("description")}: </span>“{description}”
                  </span>
                ) : null}
              </li>
            );
          })}
        </ul>
      </section>

      {returns.length > 0 ? (
        <section className="card" aria-labelledby="review-pickup-heading">
          <h3 id="review-pickup-heading">{t("pickupHeading")}</h3>
          <dl className="facts">
            <dt>{t("courier")}</dt>
            <dd>{company?.name}</dd>
            <dt>{t("address")}</dt>
            <dd>
              {address?.title}: {address?.summary}
            </dd>
            <dt>{t("date")}</dt>
            <dd>
              {values.pickupDate ? format.calendarDate(values.pickupDate) : null}, {slotStart}–
              {slotEnd}
            </dd>
            <dt>{t("refund")}</dt>
            <dd>
              {values.refundMethod === "loyalty"
                ? t("refundAsLoyalty")
                : order.needsIban
                  ? t("refundToBank", { iban: values.iban, holder: values.holderName })
                  : t("refundToOriginal")}
            </dd>
          </dl>
        </section>
      ) : null}

      <div className="notice">
        <h3>{t("nextHeading")}</h3>
        {chosen.some((entry) => entry.type === "cancel") ? <p>{t("nextCancel")}</p> : null}
        {returns.length > 0 ? <p>{t("nextReturn")}</p> : null}
      </div>
    </div>
  );
}
