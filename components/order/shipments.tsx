import { useTranslations } from "next-intl";

import { groupIntoShipments, type SerializedOrderItem } from "@/lib/guest-portal/order-view";

import { ItemCard } from "./item-card";

/** Renders the order's items, grouped into parcels when they have different tracking numbers. */
export function Shipments({ items }: { items: SerializedOrderItem[] }) {
  const t = useTranslations("order.shipments");
  const shipments = groupIntoShipments(items);

  return (
    <div className="stack">
      {shipments.map((shipment, index) => (
        <section
          key={shipment.trackingNumber ?? "unshipped"}
          className="card shipment"
          aria-labelledby={`shipment-${index}`}
        >
          <h3 id={`shipment-${index}`}>
            {shipments.length > 1
              ? t("numbered", { index: index + 1, count: shipments.length })
              : t("single")}
          </h3>
          {shipment.trackingNumber ? (
            <p className="small">
              {shipment.company ? `${shipment.company} · ` : null}
              {t("tracking", { number: shipment.trackingNumber })}
              {shipment.trackingUrl ? (
                <>
                  {" · "}
                  <a
                    className="link-target"
                    href={shipment.trackingUrl}
                    rel="noopener noreferrer"
                    target="_blank"
                  >
                    {t("track")}
                    <span className="visually-hidden"> {t("opensInNewTab")}</span>
                  </a>
                </>
              ) : null}
            </p>
          ) : (
            <p className="small muted">{t("notShipped")}</p>
          )}
          <ul className="plain-list stack">
            {shipment.items.map((item) => (
              <li key={item.id}>
                <ItemCard item={item} />
              </li>
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}
