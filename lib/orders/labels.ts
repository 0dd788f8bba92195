import type { PaymentType } from "@/lib/generated/prisma/client";
import type { ApiTranslator } from "@/lib/i18n/translator";

import { orderStatusName } from "./status";

/** A coded value with its label in the request's language, as the platform sends statuses. */
export interface LabelledValue<Value> {
  value: Value;
  label: string;
}

// Currencies with a label in messages/*.json; any other code is labelled with itself in capitals.
const LABELLED_CURRENCIES = ["try", "eur", "usd"] as const;
type LabelledCurrency = (typeof LABELLED_CURRENCIES)[number];

/** Order and order item statuses: `{"value": 400, "label": "Approved"}`. */
export function orderStatusValue(code: number, t: ApiTranslator): LabelledValue<number> {
  const name = orderStatusName(code);
  return { value: code, label: name ? t(`orderStatus.${name}`) : String(code) };
}

/** Currencies by their lower-case code: `{"value": "try", "label": "TL"}`. */
export function currencyValue(code: string, t: ApiTranslator): LabelledValue<string> {
  const label = isLabelledCurrency(code) ? t(`currency.${code}`) : code.toUpperCase();
  return { value: code, label };
}

export function paymentTypeValue(type: PaymentType, t: ApiTranslator): LabelledValue<PaymentType> {
  return { value: type, label: t(`paymentType.${type}`) };
}

function isLabelledCurrency(code: string): code is LabelledCurrency {
  return (LABELLED_CURRENCIES as readonly string[]).includes(code);
}

/** A courier as the platform labels it: `{"value": "extension", "label": "Extension Cargo"}`. */
export function shippingCompanyValue(
  company: { slug: string; name: string } | null,
): LabelledValue<string> | null {
  return company === null ? null : { value: company.slug, label: company.name };
}
