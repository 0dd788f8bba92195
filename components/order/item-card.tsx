import { useTranslations } from "next-intl";

import {
  productAttributes,
  unavailableReason,
  type SerializedOrderItem,
} from "@/lib/guest-portal/order-view";

import { ActiveRequests } from "./active-requests";
import { useWireFormat } from "./format";
import { StatusBadge } from "./status-badge";

type UntypedTranslator = { (key: string): string; has(key: string): boolean };

/** Returns the attribute's label in the page's language, or the key with a capital letter. */
function attributeLabel(tAttributes: UntypedTranslator, key: string): string {
  if (tAttributes.has(key)) return tAttributes(key);
  const words = key.replace(/[_-]+/g, " ").trim();
  return words.charAt(0).toLocaleUpperCase() + words.slice(1);
}

/** Renders one order item: product, price, quantity, status, what may be requested, open requests. */
export function ItemCard({ item }: { item: SerializedOrderItem }) {
  const t = useTranslations("order.item");
  // Blocking codes are API error codes; their messages live under `errors`.
  const tErrors = useTranslations("errors") as unknown as UntypedTranslator;
  // Attribute keys come from the shop's product data; the known ones have messages.
  const tAttributes = useTranslations("order.attributes") as unknown as UntypedTranslator;
  const format = useWireFormat();
  const blockedBy = unavailableReason(item);

  return (
    <article className="item-card" aria-labelledby={`item-${item.id}-name`}>
      <div className="item-card__media">
        {item.product.image ? (
          // Product images come from the shop's CDN at their own sizes.
          // eslint-disable-next-line @next/next/no-img-element
          <img src={item.product.image} alt="" width={72} height={72} loading="lazy" />
        ) : (
          <span className="item-card__placeholder" aria-hidden="true">
            {item.product.name.slice(0, 1)}
          </span>
        )}
      </div>
      <div className="item-card__body">
        <h4 id={`item-${item.id}-name`} className="item-card__name">
          {item.product.name}
        </h4>
        <p className="small muted">
          {productAttributes(item)
            .map(([name, value]) => `${attributeLabel(tAttributes, name)}: ${value}`)
            .join(" · ")}
        </p>
        <dl className="item-card__facts small">
          <div>
            <dt>{t("price")}</dt>
            <dd>{format.money(item.price, item.currency.value)}</dd>
          </div>
          <div>
            <dt>{t("quantity")}</dt>
            <dd>{item.quantity}</dd>
          </div>
          <div>
            <dt>{t("status")}</dt>
            <dd>
              <StatusBadge status={item.status} />
            </dd>
          </div>
        </dl>
        {item.is_cancellable || item.is_refundable ? (
          <p className="small">
            {t(item.is_cancellable ? "canCancel" : "canReturn", {
              count: item.requestable_quantity,
              total: item.quantity,
            })}
            {item.is_refundable && item.return_window_ends_at
              ? ` ${t("returnUntil", { date: format.lastDayBefore(item.return_window_ends_at) })}`
              : null}
          </p>
        ) : blockedBy && tErrors.has(blockedBy) ? (
          <p className="small muted">{tErrors(blockedBy)}</p>
        ) : null}
        <ActiveRequests requests={item.active_cancellation_requests} />
      </div>
    </article>
  );
}
