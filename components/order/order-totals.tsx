import { useTranslations } from "next-intl";
import { Fragment } from "react";

import type { SerializedOrder } from "@/lib/orders/serialize-order";

import { useWireFormat } from "./format";

const isNonZero = (amount: string | null) => amount !== null && Number(amount) !== 0;

/**
 * Shipping, the total before discounts (which includes shipping, as the platform computes
 * it), each discount, the amount paid and what has been refunded so far.
 */
export function OrderTotals({ order }: { order: SerializedOrder }) {
  const t = useTranslations("order.totals");
  const format = useWireFormat();
  const currency = order.currency.value;
  const money = (amount: string) => format.money(amount, currency);
  const loyaltySpent = order.loyaltytransaction_set.filter((entry) => Number(entry.amount) < 0);

  return (
    <dl className="totals">
      <dt>{t("shipping")}</dt>
      <dd>{isNonZero(order.shipping_amount) ? money(order.shipping_amount) : t("free")}</dd>
      <dt>{t("beforeDiscounts")}</dt>
      <dd>{money(order.amount_without_discount)}</dd>
      {order.discountitem_set.map((discount) => (
        <Fragment key={discount.id}>
          <dt>{discount.name}</dt>
          <dd>−{money(discount.amount)}</dd>
        </Fragment>
      ))}
      {order.discountitem_set.length === 0 && isNonZero(order.discount_amount) ? (
        <>
          <dt>{t("discount")}</dt>
          <dd>−{money(order.discount_amount)}</dd>
        </>
      ) : null}
      {loyaltySpent.map((entry) => (
        <Fragment key={entry.id}>
          <dt>{t("loyaltySpent")}</dt>
          <dd>{money(entry.amount)}</dd>
        </Fragment>
      ))}
      <dt className="totals__strong">{t("paid")}</dt>
      <dd className="totals__strong">{money(order.amount)}</dd>
      {isNonZero(order.refund_amount) ? (
        <>
          <dt>{t("refunded")}</dt>
          <dd>{money(order.refund_amount)}</dd>
        </>
      ) : null}
    </dl>
  );
}
