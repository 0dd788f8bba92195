import { describe, expect, it } from "vitest";

import { getApiTranslator } from "@/lib/i18n/translator";

import { currencyValue, orderStatusValue, paymentTypeValue, shippingCompanyValue } from "./labels";

const en = getApiTranslator("en");
const tr = getApiTranslator("tr");

describe("order labels", () => {
  it("labels statuses in the request's language", () => {
    expect(orderStatusValue(550, en)).toEqual({ value: 550, label: "Delivered" });
    expect(orderStatusValue(550, tr)).toEqual({ value: 550, label: "Teslim edildi" });
  });

  it("labels an unknown status with its code", () => {
    expect(orderStatusValue(999, en)).toEqual({ value: 999, label: "999" });
  });

  it("labels currencies as the platform does", () => {
    expect(currencyValue("try", en)).toEqual({ value: "try", label: "TL" });
    expect(currencyValue("eur", tr)).toEqual({ value: "eur", label: "EUR" });
    expect(currencyValue("gbp", en)).toEqual({ value: "gbp", label: "GBP" });
  });

  it("labels payment types", () => {
    expect(paymentTypeValue("pay_on_delivery", en)).toEqual({
      value: "pay_on_delivery",
      label: "Pay on delivery",
    });
    expect(paymentTypeValue("pay_on_delivery", tr).label).toBe("Kapıda ödeme");
  });

  it("labels a courier by slug and name", () => {
    expect(shippingCompanyValue({ slug: "extension", name: "Extension Cargo" })).toEqual({
      value: "extension",
      label: "Extension Cargo",
    });
    expect(shippingCompanyValue(null)).toBeNull();
  });
});
