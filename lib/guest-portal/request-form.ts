import type { z } from "zod";

import {
  bulkCancellationRequestSchema,
  type CancellationRequestInput,
} from "@/lib/cancellations/cancellation-schema";
import { encodeMessageRef, messageKeyErrorMap } from "@/lib/validation/messages";

import {
  commonCompanies,
  datesBetween,
  slotValue,
  type RequestFlowOrder,
  type RequestReason,
  type RequestType,
  type RequestableItem,
} from "./request-view";

/** The cancel-or-return form's values; `items` follows the order's item list by position. */
export interface RequestFormValues {
  items: Array<{ selected: boolean; quantity: string }>;
  cancelReason: string;
  cancelDescription: string;
  refundReason: string;
  refundDescription: string;
  shippingCompany: string;
  pickupAddress: string;
  pickupDate: string;
  pickupSlot: string;
  refundMethod: "original" | "loyalty";
  iban: string;
  holderName: string;
}

/** A form field path such as "items.2.quantity" or "refundReason". */
export type FormField = string;

/** Form field paths with a message reference, as messageKeyErrorMap encodes them. */
export type FormErrors = Map<FormField, string>;

export interface ChosenItem {
  index: number;
  item: RequestableItem;
  type: RequestType;
  quantity: number;
}

export const REFUND_DETAIL_FIELDS = [
  "shippingCompany",
  "pickupAddress",
  "pickupDate",
  "pickupSlot",
  "refundMethod",
  "iban",
  "holderName",
] as const;

export function defaultRequestValues(order: RequestFlowOrder): RequestFormValues {
  const companies = commonCompanies(order.items.filter((item) => item.type === "refund"));
  return {
    items: order.items.map((item) => ({
      selected: false,
      quantity: String(Math.max(1, item.requestableQuantity)),
    })),
    cancelReason: "",
    cancelDescription: "",
    refundReason: "",
    refundDescription: "",
    shippingCompany: companies.length === 1 && companies[0] ? String(companies[0].id) : "",
    pickupAddress: order.addresses[0] ? String(order.addresses[0].id) : "",
    pickupDate: "",
    pickupSlot: "",
    refundMethod: "original",
    iban: "",
    holderName: "",
  };
}

/** Returns the selected items that offer a request, in the order's item order. */
export function chosenItems(values: RequestFormValues, order: RequestFlowOrder): ChosenItem[] {
  return order.items.flatMap((item, index) => {
    const entry = values.items[index];
    if (!entry?.selected || item.type === null) return [];
    return [{ index, item, type: item.type, quantity: Number(entry.quantity) }];
  });
}

/**
 * Builds the body of POST /users/orders/anonymous/bulk_cancellation_requests/: one entry per
 * chosen item, each carrying the reason of its type and, for returns, the shared pickup and
 * refund details.
 */
export function buildBulkRequest(
  values: RequestFormValues,
  chosen: ChosenItem[],
  order: RequestFlowOrder,
): { cancel_order_items: CancellationRequestInput[] } {
  const [slotStart, slotEnd] = values.pickupSlot.split("-");
  const loyalty = values.refundMethod === "loyalty";

  return {
    cancel_order_items: chosen.map(({ item, type, quantity }) => {
      const common = {
        order_item: item.id,
        cancellation_type: type,
        quantity,
      };
      if (type === "cancel") {
        return {
          ...common,
          reason: toId(values.cancelReason),
          description: values.cancelDescription || undefined,
        } as CancellationRequestInput;
      }
      return {
        ...common,
        reason: toId(values.refundReason),
        description: values.refundDescription || undefined,
        shipping_company: toId(values.shippingCompany),
        pickup_address: toId(values.pickupAddress),
        pickup_date:
          values.pickupDate && slotStart && slotEnd
            ? { date: values.pickupDate, hour_range: { start: slotStart, end: slotEnd } }
            : undefined,
        fully_refund_as_loyalty_money: loyalty,
        iban: order.needsIban && !loyalty ? values.iban : undefined,
        holder_name: order.needsIban && !loyalty ? values.holderName : undefined,
      } as CancellationRequestInput;
    }),
  };
}

/**
 * Validates the form: first the rules the API checks against the order (quantities, reasons,
 * pickup choices, IBAN requirement), then the API's own request schema on the body the form
 * would send. Returns message references by form field.
 */
export function validateRequestForm(
  values: RequestFormValues,
  order: RequestFlowOrder,
  reasons: RequestReason[],
): FormErrors {
  const errors: FormErrors = new Map();
  const add = (field: FormField, message: string) => {
    if (!errors.has(field)) errors.set(field, message);
  };
  const required = encodeMessageRef("validation.required");
  const chosen = chosenItems(values, order);

  for (const { index, item, quantity } of chosen) {
    const field = `items.${index}.quantity`;
    if (!Number.isInteger(quantity)) add(field, encodeMessageRef("validation.expected_integer"));
    else if (quantity < 1) add(field, encodeMessageRef("validation.too_small", { minimum: 1 }));
    else if (quantity > item.requestableQuantity) {
      add(field, encodeMessageRef("validation.too_big", { maximum: item.requestableQuantity }));
    }
  }

  for (const type of ["cancel", "refund"] as const) {
    if (!chosen.some((entry) => entry.type === type)) continue;
    const reasonField = type === "cancel" ? "cancelReason" : "refundReason";
    const reason = reasons.find((entry) => String(entry.id) === values[reasonField]);
    if (!reason) add(reasonField, required);
    const description = type === "cancel" ? values.cancelDescription : values.refundDescription;
    if (reason?.extraInformationNeeded && description.trim() === "") {
      add(type === "cancel" ? "cancelDescription" : "refundDescription", required);
    }
  }

  const returns = chosen.filter((entry) => entry.type === "refund");
  if (returns.length > 0) {
    const company = commonCompanies(returns.map((entry) => entry.item)).find(
      (entry) => String(entry.id) === values.shippingCompany,
    );
    if (!values.pickupAddress) add("pickupAddress", required);
    // Date and time are offered only once a courier is chosen, so without one only the courier
    // is reported: an error on a field the shopper cannot fill yet would only confuse.
    if (!company) add("shippingCompany", required);
    else {
      if (!values.pickupDate) add("pickupDate", required);
      else if (!datesBetween(company.firstDate, company.lastDate).includes(values.pickupDate)) {
        add("pickupDate", encodeMessageRef("validation.invalid_date"));
      }
      if (!company.slots.some((slot) => slotValue(slot) === values.pickupSlot)) {
        add("pickupSlot", required);
      }
    }
    if (order.needsIban && values.refundMethod === "original") {
      if (values.iban.trim() === "") add("iban", required);
      if (values.holderName.trim() === "") add("holderName", required);
    }
  }

  const parsed = bulkCancellationRequestSchema.safeParse(buildBulkRequest(values, chosen, order), {
    error: messageKeyErrorMap,
  });
  if (!parsed.success) {
    const courierMissing = errors.has("shippingCompany");
    for (const issue of parsed.error.issues) {
      const field = formFieldForIssue(issue, chosen);
      const waitsForCourier = field === "pickupDate" || field === "pickupSlot";
      if (field && !(courierMissing && waitsForCourier)) add(field, issue.message);
    }
  }
  return errors;
}

function formFieldForIssue(issue: z.core.$ZodIssue, chosen: ChosenItem[]): FormField | undefined {
  const [list, index, ...rest] = issue.path;
  if (list !== "cancel_order_items" || typeof index !== "number") return undefined;
  const entry = chosen[index];
  return entry ? formFieldFor(entry, rest.map(String).join(".")) : undefined;
}

/**
 * Returns the form field that an API field of one bulk entry belongs to, for the API's error paths
 * ("quantity", "pickup_date.hour_range"). Errors about the item itself land on its checkbox.
 */
export function formFieldFor(entry: ChosenItem, apiField: string): FormField {
  const [head = ""] = apiField.split(".");
  const byType = (cancelField: string, refundField: string) =>
    entry.type === "cancel" ? cancelField : refundField;

  switch (head) {
    case "quantity":
      return `items.${entry.index}.quantity`;
    case "reason":
      return byType("cancelReason", "refundReason");
    case "description":
      return byType("cancelDescription", "refundDescription");
    case "shipping_company":
      return "shippingCompany";
    case "pickup_address":
      return "pickupAddress";
    case "pickup_date":
      return apiField.startsWith("pickup_date.hour_range") ? "pickupSlot" : "pickupDate";
    case "iban":
      return "iban";
    case "holder_name":
      return "holderName";
    case "fully_refund_as_loyalty_money":
      return "refundMethod";
    default:
      return `items.${entry.index}.selected`;
  }
}

function toId(value: string): number | undefined {
  return value === "" ? undefined : Number(value);
}
