"use client";

import Link from "next/link";
import { useTranslations } from "next-intl";
import type { RefObject } from "react";

import { useWireFormat } from "@/components/order/format";
import type { serializeBulkCancellationRequest } from "@/lib/cancellations/serialize-cancellation-request";
import type { ChosenItem } from "@/lib/guest-portal/request-form";

export type CreatedRequest = ReturnType<typeof serializeBulkCancellationRequest>;

interface ConfirmationProps {
  orderNumber: string;
  requests: CreatedRequest[];
  chosen: ChosenItem[];
  /** Whether the shopper chose loyalty money as the refund of the returns. */
  refundAsLoyalty: boolean;
  headingRef: RefObject<HTMLHeadingElement | null>;
}

/** After the submission: what was requested, return codes and pickup windows, what happens next. */
export function Confirmation({
  orderNumber,
  requests,
  chosen,
  refundAsLoyalty,
  headingRef,
}: ConfirmationProps) {
  const t = useTranslations("confirmation");
  const format = useWireFormat();
  const hasReturn = requests.some((request) => request.cancellation_type === "refund");
  const hasCancel = requests.some((request) => request.cancellation_type === "cancel");

  // The bulk response has no refund method field, so loyalty money comes from the form. The API
  // returns the IBAN masked, such as "TR33******************1326".
  function refundText(request: CreatedRequest): string {
    if (refundAsLoyalty) return t("refundAsLoyalty");
    if (request.iban) {
      return t("refundToBank", { iban: request.iban, holder: request.holder_name ?? "" });
    }
    return t("refundToOriginal");
  }

  return (
    <div className="stack">
      <div className="notice notice--success" role="status">
        <h2 ref={headingRef} tabIndex={-1}>
          {t("heading")}
        </h2>
        <p>{t("intro", { count: requests.length })}</p>
      </div>

      <ul className="plain-list stack">
        {requests.map((request) => {
          const entry = chosen.find((candidate) => candidate.item.id === request.order_item);
          const pickup = request.easy_return?.pickup_date;
          return (
            <li key={request.id} className="card">
              <h3>{entry?.item.name}</h3>
              <dl className="facts">
                <dt>{t("type")}</dt>
                <dd>
                  {t(request.cancellation_type === "refund" ? "typeReturn" : "typeCancel", {
                    quantity: entry?.quantity ?? 1,
                  })}
                </dd>
                <dt>{t("status")}</dt>
                <dd>{request.status.label}</dd>
                {request.easy_return ? (
                  <>
                    <dt>{t("returnCode")}</dt>
                    <dd>
                      <strong className="return-code">{request.easy_return.code}</strong>
                    </dd>
                    <dt>{t("courier")}</dt>
                    <dd>{request.easy_return.shipping_company.label}</dd>
                  </>
                ) : null}
                {request.cancellation_type === "refund" ? (
                  <>
                    <dt>{t("refund")}</dt>
                    <dd>{refundText(request)}</dd>
                  </>
                ) : null}
                {pickup ? (
                  <>
                    <dt>{t("pickup")}</dt>
                    <dd>
                      {t("pickupWindow", {
                        date: format.calendarDate(pickup.date),
                        start: pickup.hour_range.start,
                        end: pickup.hour_range.end,
                      })}
                    </dd>
                  </>
                ) : null}
              </dl>
            </li>
          );
        })}
      </ul>

      <section aria-labelledby="next-steps-heading">
        <h2 id="next-steps-heading">{t("nextHeading")}</h2>
        {hasCancel ? <p>{t("nextCancel")}</p> : null}
        {hasReturn ? <p>{t("nextReturn")}</p> : null}
      </section>

      <div className="button-row">
        <Link className="button" href={`/orders/${encodeURIComponent(orderNumber)}/`}>
          {t("backToOrder")}
        </Link>
      </div>
    </div>
  );
}
