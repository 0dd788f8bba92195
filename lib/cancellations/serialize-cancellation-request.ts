import type { Prisma } from "@/lib/generated/prisma/client";
import type { ApiTranslator } from "@/lib/i18n/translator";
import { formatDateOnly, formatTimestamp } from "@/lib/serialization/format";

/** The relations a cancellation request needs to be serialized. */
export const cancellationRequestInclude = {
  easyReturn: { include: { shippingCompany: true } },
} satisfies Prisma.CancellationRequestInclude;

export type CancellationRequestRecord = Prisma.CancellationRequestGetPayload<{
  include: typeof cancellationRequestInclude;
}>;

/**
 * The platform's cancellation request representation, as the single-request endpoint returns
 * it and as order items list their active requests. The IBAN is masked: a response never
 * repeats a full IBAN.
 */
export function serializeCancellationRequest(request: CancellationRequestRecord, t: ApiTranslator) {
  return {
    id: request.id,
    uuid: request.uuid,
    status: { value: request.status, label: t(`cancellationRequest.status.${request.status}`) },
    cancellation_type: request.cancellationType,
    order_item: request.orderItemId,
    reason: request.reasonId,
    quantity: request.quantity,
    description: request.description,
    iban: request.iban === null ? null : maskIbanForDisplay(request.iban),
    holder_name: request.holderName,
    fully_refund_as_loyalty_money: request.fullyRefundAsLoyaltyMoney,
    easy_return: request.easyReturn ? serializeEasyReturn(request.easyReturn, t) : null,
    created_date: formatTimestamp(request.createdDate),
    modified_date: formatTimestamp(request.modifiedDate),
  };
}

/** The shorter representation the bulk endpoint returns for each created request. */
export function serializeBulkCancellationRequest(
  request: CancellationRequestRecord,
  t: ApiTranslator,
) {
  const full = serializeCancellationRequest(request, t);
  return {
    id: full.id,
    cancellation_type: full.cancellation_type,
    status: full.status,
    easy_return: full.easy_return,
    created_date: full.created_date,
    modified_date: full.modified_date,
    uuid: full.uuid,
    description: full.description,
    iban: full.iban,
    holder_name: full.holder_name,
    reason: full.reason,
    order_item: full.order_item,
  };
}

function serializeEasyReturn(
  easyReturn: CancellationRequestRecord["easyReturn"] & object,
  t: ApiTranslator,
) {
  return {
    status: { value: easyReturn.status, label: t(`easyReturn.status.${easyReturn.status}`) },
    code: easyReturn.code,
    start_date: formatTimestamp(easyReturn.startDate),
    end_date: formatTimestamp(easyReturn.endDate),
    tracking_number: easyReturn.trackingNumber,
    tracking_url: easyReturn.trackingUrl,
    shipping_company: {
      value: easyReturn.shippingCompany.slug,
      label: easyReturn.shippingCompany.name,
    },
    pickup_date: {
      date: formatDateOnly(easyReturn.pickupDate),
      hour_range: { start: easyReturn.pickupHourStart, end: easyReturn.pickupHourEnd },
    },
  };
}

/** Shows the country code, check digits and last four characters: "TR33 **** … 1326". */
export function maskIbanForDisplay(iban: string): string {
  if (iban.length < 8) return "****";
  return `${iban.slice(0, 4)}${"*".repeat(iban.length - 8)}${iban.slice(-4)}`;
}
