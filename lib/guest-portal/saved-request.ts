import type { RequestFormValues } from "./request-form";
import type { RequestFlowOrder } from "./request-view";

/** The steps of the request flow, in order, as the `step` search parameter names them. */
export const REQUEST_STEPS = ["select", "details", "review"] as const;
export type RequestStep = (typeof REQUEST_STEPS)[number];

/** Reads the `step` search parameter; anything unknown is the first step. */
export function parseRequestStep(value: string | null | undefined): RequestStep {
  return REQUEST_STEPS.find((step) => step === value) ?? "select";
}

/** Returns the flow's URL with the step as its search parameter; the first step has none. */
export function requestStepHref(pathname: string, step: RequestStep): string {
  return step === "select" ? pathname : `${pathname}?step=${step}`;
}

/** Returns the sessionStorage key of one order's unsent request form. */
export function savedRequestKey(orderNumber: string): string {
  return `guest-request:${orderNumber}`;
}

const STRING_FIELDS = [
  "cancelReason",
  "cancelDescription",
  "refundReason",
  "refundDescription",
  "shippingCompany",
  "pickupAddress",
  "pickupDate",
  "pickupSlot",
  "iban",
  "holderName",
] as const;

/**
 * Parses form values saved by an earlier visit of the same tab. Returns null unless the text
 * has the form's shape and one entry per item of the order as it is now, so values saved
 * against an older item list are never applied to the wrong items.
 */
export function parseSavedRequest(
  text: string | null,
  order: RequestFlowOrder,
): RequestFormValues | null {
  if (!text) return null;
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return null;
  }
  if (typeof parsed !== "object" || parsed === null) return null;
  const record = parsed as Record<string, unknown>;

  const items = record.items;
  if (!Array.isArray(items) || items.length !== order.items.length) return null;
  const itemsValid = items.every(
    (entry: unknown) =>
      typeof entry === "object" &&
      entry !== null &&
      typeof (entry as Record<string, unknown>).selected === "boolean" &&
      typeof (entry as Record<string, unknown>).quantity === "string",
  );
  if (!itemsValid) return null;
  if (!STRING_FIELDS.every((field) => typeof record[field] === "string")) return null;
  if (record.refundMethod !== "original" && record.refundMethod !== "loyalty") return null;

  return parsed as RequestFormValues;
}
