import Link from "next/link";
import { useTranslations } from "next-intl";

import { hasRequestableItems } from "@/lib/guest-portal/order-view";
import type { SerializedOrder } from "@/lib/orders/serialize-order";

import { AddressBlock } from "./address-block";
import { useWireFormat } from "./format";
import { OrderTotals } from "./order-totals";
import { Shipments } from "./shipments";
import { StatusBadge } from "./status-badge";

/** Renders the order page below its heading, on the server only. */
export function OrderDetails({ order }: { order: SerializedOrder }) {
  const t = useTranslations("order");
  const format = useWireFormat();
  const payment = order.payment_option;
  const trackingUrl = order.tracking_url ?? order.shipping_tracking_url;

  return (
    <>
      <dl className="facts card">
        <dt>{t("placedOn")}</dt>
        <dd>{format.timestamp(order.created_date)}</dd>
        <dt>{t("status")}</dt>
        <dd>
          <StatusBadge status={order.status} />
        </dd>
        <dt>{t("payment")}</dt>
        <dd>
          {payment.payment_type.label}
          {order.installment_count > 1
            ? ` · ${t("installments", { count: order.installment_count })}`
            : null}
          {order.bank ? ` · ${order.bank.name}` : null}
        </dd>
        {order.tracking_number ? (
          <>
            <dt>{t("tracking")}</dt>
            <dd>
              {trackingUrl ? (
                <a
                  className="link-target"
                  href={trackingUrl}
                  rel="noopener noreferrer"
                  target="_blank"
                >
                  {order.tracking_number}
                  <span className="visually-hidden"> {t("shipments.opensInNewTab")}</span>
                </a>
              ) : (
                order.tracking_number
              )}
            </dd>
          </>
        ) : null}
        {order.has_gift_box ? (
          <>
            <dt>{t("giftBox")}</dt>
            <dd>{order.gift_box_note ? `“${order.gift_box_note}”` : t("giftBoxNoNote")}</dd>
          </>
        ) : null}
      </dl>

      {hasRequestableItems(order) ? (
        <div className="button-row">
          <Link
            className="button"
            href={`/orders/${encodeURIComponent(order.number)}/request/`}
            prefetch={false}
          >
            {t("requestAction")}
          </Link>
        </div>
      ) : (
        <p className="notice">{t("nothingRequestable")}</p>
      )}

      <section className="section" aria-labelledby="items-heading">
        <h2 id="items-heading">{t("itemsHeading", { count: order.orderitem_set.length })}</h2>
        <Shipments items={order.orderitem_set} />
      </section>

      <section className="section" aria-labelledby="totals-heading">
        <h2 id="totals-heading">{t("totalsHeading")}</h2>
        <div className="card">
          <OrderTotals order={order} />
        </div>
      </section>

      <section className="section address-grid" aria-label={t("addressesHeading")}>
        <div className="card">
          <h2>{t("shippingAddress")}</h2>
          <AddressBlock address={order.shipping_address} />
        </div>
        <div className="card">
          <h2>{t("billingAddress")}</h2>
          <AddressBlock address={order.billing_address} />
        </div>
      </section>
    </>
  );
}
