"use client";

import { useTranslations } from "next-intl";
import { Controller, useFormContext, useWatch } from "react-hook-form";

import { RadioGroup, SelectField, TextAreaField } from "@/components/forms/choice-fields";
import { useErrorText } from "@/components/forms/error-text";
import { TextField } from "@/components/forms/field";
import { useWireFormat } from "@/components/order/format";
import { isValidIban, normalizeIban } from "@/lib/iban/validate-iban";
import type { ChosenItem, RequestFormValues } from "@/lib/guest-portal/request-form";
import {
  commonCompanies,
  datesBetween,
  slotValue,
  type RequestFlowOrder,
  type RequestReason,
  type RequestType,
} from "@/lib/guest-portal/request-view";

import { IbanInput } from "./iban-input";

interface DetailsStepProps {
  order: RequestFlowOrder;
  reasons: RequestReason[];
  chosen: ChosenItem[];
}

/** Step 2: reasons, and for returns the pickup and the refund details. */
export function DetailsStep({ order, reasons, chosen }: DetailsStepProps) {
  const hasCancel = chosen.some((entry) => entry.type === "cancel");
  const returns = chosen.filter((entry) => entry.type === "refund");

  return (
    <div className="stack">
      {hasCancel ? <ReasonFields type="cancel" reasons={reasons} /> : null}
      {returns.length > 0 ? (
        <>
          <ReasonFields type="refund" reasons={reasons} />
          <PickupFields order={order} returns={returns} />
          <RefundFields order={order} />
        </>
      ) : null}
    </div>
  );
}

function ReasonFields({ type, reasons }: { type: RequestType; reasons: RequestReason[] }) {
  const t = useTranslations("request.details");
  const errorText = useErrorText();
  const {
    register,
    formState: { errors },
  } = useFormContext<RequestFormValues>();
  const reasonField = type === "cancel" ? "cancelReason" : "refundReason";
  const descriptionField = type === "cancel" ? "cancelDescription" : "refundDescription";
  const chosenReason = useWatch<RequestFormValues>({ name: reasonField });
  const options = reasons.filter((reason) => reason.type === type);
  const needsDescription = options.some(
    (reason) => String(reason.id) === chosenReason && reason.extraInformationNeeded,
  );

  return (
    <section className="card stack" aria-labelledby={`${type}-reason-heading`}>
      <h3 id={`${type}-reason-heading`}>
        {t(type === "cancel" ? "cancelReasonHeading" : "returnReasonHeading")}
      </h3>
      <RadioGroup
        id={`${type}-reason`}
        legend={t("reasonLegend")}
        error={errorText(errors[reasonField])}
        options={options.map((reason) => ({ value: String(reason.id), label: reason.subject }))}
        input={register(reasonField)}
      />
      <TextAreaField
        id={`${type}-description`}
        label={needsDescription ? t("descriptionRequired") : t("descriptionOptional")}
        hint={t("descriptionHint")}
        rows={3}
        error={errorText(errors[descriptionField])}
        {...register(descriptionField)}
      />
    </section>
  );
}

function PickupFields({ order, returns }: { order: RequestFlowOrder; returns: ChosenItem[] }) {
  const t = useTranslations("request.details");
  const errorText = useErrorText();
  const format = useWireFormat();
  const {
    register,
    formState: { errors },
  } = useFormContext<RequestFormValues>();
  const companies = commonCompanies(returns.map((entry) => entry.item));
  const companyId = useWatch<RequestFormValues>({ name: "shippingCompany" });
  const company = companies.find((entry) => String(entry.id) === companyId);

  return (
    <section className="card stack" aria-labelledby="pickup-heading">
      <div>
        <h3 id="pickup-heading">{t("pickupHeading")}</h3>
        <p className="small muted">{t("pickupIntro")}</p>
      </div>
      {companies.length === 0 ? (
        <p className="notice notice--warning">{t("noCommonCourier")}</p>
      ) : (
        <RadioGroup
          id="shipping-company"
          legend={t("courierLegend")}
          error={errorText(errors.shippingCompany)}
          options={companies.map((entry) => ({ value: String(entry.id), label: entry.name }))}
          input={register("shippingCompany")}
        />
      )}
      <RadioGroup
        id="pickup-address"
        legend={t("addressLegend")}
        error={errorText(errors.pickupAddress)}
        options={order.addresses.map((address) => ({
          value: String(address.id),
          label: address.title,
          description: address.summary,
        }))}
        input={register("pickupAddress")}
      />
      <SelectField
        id="pickup-date"
        label={t("dateLabel")}
        hint={company ? undefined : t("dateNeedsCourier")}
        error={company ? errorText(errors.pickupDate) : undefined}
        disabled={!company}
        {...register("pickupDate")}
      >
        <option value="">{t("datePlaceholder")}</option>
        {company
          ? datesBetween(company.firstDate, company.lastDate).map((date) => (
              <option key={date} value={date}>
                {format.calendarDate(date)}
              </option>
            ))
          : null}
      </SelectField>
      {company ? (
        <RadioGroup
          id="pickup-slot"
          legend={t("slotLegend")}
          error={errorText(errors.pickupSlot)}
          inline
          options={company.slots.map((slot) => ({
            value: slotValue(slot),
            label: `${slot.start}–${slot.end}`,
          }))}
          input={register("pickupSlot")}
        />
      ) : null}
    </section>
  );
}

function RefundFields({ order }: { order: RequestFlowOrder }) {
  const t = useTranslations("request.details");
  const errorText = useErrorText();
  const {
    control,
    register,
    formState: { errors },
  } = useFormContext<RequestFormValues>();
  const method = useWatch<RequestFormValues>({ name: "refundMethod" });

  return (
    <section className="card stack" aria-labelledby="refund-heading">
      <h3 id="refund-heading">{t("refundHeading")}</h3>
      <RadioGroup
        id="refund-method"
        legend={t("refundLegend")}
        error={errorText(errors.refundMethod)}
        options={[
          {
            value: "original",
            label: order.needsIban ? t("refundToBank") : t("refundToOriginal"),
            description: order.needsIban
              ? t("refundToBankDescription")
              : t("refundToOriginalDescription"),
          },
          {
            value: "loyalty",
            label: t("refundAsLoyalty"),
            description: t("refundAsLoyaltyDescription"),
          },
        ]}
        input={register("refundMethod")}
      />
      {order.needsIban && method === "original" ? (
        <>
          <Controller
            control={control}
            name="iban"
            render={({ field, fieldState }) => (
              <IbanInput
                id="iban"
                name={field.name}
                ref={field.ref}
                label={t("ibanLabel")}
                hint={t("ibanHint")}
                value={field.value}
                error={errorText(fieldState.error)}
                validText={isValidIban(normalizeIban(field.value)) ? t("ibanValid") : undefined}
                onChange={field.onChange}
                onBlur={field.onBlur}
              />
            )}
          />
          <TextField
            id="holder-name"
            label={t("holderLabel")}
            hint={t("holderHint")}
            autoComplete="name"
            error={errorText(errors.holderName)}
            {...register("holderName")}
          />
        </>
      ) : null}
    </section>
  );
}
