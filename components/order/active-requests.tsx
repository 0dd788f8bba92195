import { useTranslations } from "next-intl";

import type { SerializedOrderItem } from "@/lib/guest-portal/order-view";

import { useWireFormat } from "./format";

type ActiveRequest = SerializedOrderItem["active_cancellation_requests"][number];

/** The open cancellation and return requests of an item, with return codes and pickups. */
export function ActiveRequests({ requests }: { requests: ActiveRequest[] }) {
  const t = useTranslations("order.requests");
  const format = useWireFormat();
  if (requests.length === 0) return null;

  return (
    <ul className="plain-list stack request-list">
      {requests.map((request) => {
        const pickup = request.easy_return?.pickup_date;
        return (
          <li key={request.id} className="notice">
            <p>
              <strong>
                {t(request.cancellation_type === "refund" ? "returnTitle" : "cancelTitle", {
                  quantity: request.quantity,
                })}
              </strong>{" "}
              <span className="badge">{request.status.label}</span>
            </p>
            {request.easy_return ? (
              <dl className="facts small">
                <dt>{t("returnCode")}</dt>
                <dd>
                  <strong>{request.easy_return.code}</strong>
                </dd>
                <dt>{t("courier")}</dt>
                <dd>{request.easy_return.shipping_company.label}</dd>
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
            ) : null}
            <p className="small muted">
              {t("requestedOn", { date: format.timestamp(request.created_date) })}
            </p>
          </li>
        );
      })}
    </ul>
  );
}
