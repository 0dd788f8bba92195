import { useTranslations } from "next-intl";

import type { SerializedOrder } from "@/lib/orders/serialize-order";

type SerializedAddress = SerializedOrder["shipping_address"];

/** Renders a postal address as lines, with the company and tax details of a corporate address. */
export function AddressBlock({ address }: { address: SerializedAddress }) {
  const t = useTranslations("order.address");
  const cityLine = [address.postcode, address.district, address.city.name]
    .filter(Boolean)
    .join(" ");
  return (
    <address className="address">
      <strong>
        {address.first_name} {address.last_name}
      </strong>
      {address.is_corporate && address.company_name ? <span>{address.company_name}</span> : null}
      <span>{address.line}</span>
      <span>{cityLine}</span>
      <span>{address.country.name}</span>
      <span>{address.phone_number}</span>
      {address.is_corporate && address.tax_no ? (
        <>
          {address.tax_office ? (
            <span>{t("taxOffice", { office: address.tax_office })}</span>
          ) : null}
          <span>{t("taxNumber", { number: address.tax_no })}</span>
        </>
      ) : null}
    </address>
  );
}
