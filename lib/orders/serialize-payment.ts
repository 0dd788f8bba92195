import type { ApiTranslator } from "@/lib/i18n/translator";

import { paymentTypeValue } from "./labels";
import type { OrderDetailsRecord } from "./order-details-query";

export function serializePaymentOption(
  paymentOption: OrderDetailsRecord["paymentOption"],
  t: ApiTranslator,
) {
  return {
    id: paymentOption.id,
    name: paymentOption.name,
    slug: paymentOption.slug,
    payment_type: paymentTypeValue(paymentOption.paymentType, t),
  };
}

/** The bank of a card or funds-transfer payment; null for other payments. */
export function serializeBank(bank: OrderDetailsRecord["bank"]) {
  if (bank === null) return null;
  return { id: bank.id, name: bank.name, slug: bank.slug, logo: bank.logo };
}
