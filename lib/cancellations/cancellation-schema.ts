import { z } from "zod";

import { isValidIban, normalizeIban } from "@/lib/iban/validate-iban";
import { MAX_EMAIL_LENGTH, MAX_ORDER_NUMBER_LENGTH } from "@/lib/orders/credentials";
import { parseCalendarDate } from "@/lib/time/store-time";
import { encodeMessageRef } from "@/lib/validation/messages";

// Request bodies of POST /users/orders/anonymous/cancellation_requests/ and
// .../bulk_cancellation_requests/. The route handlers and the request form both validate with
// these schemas, so a form shows the same messages the API would return.

/** Ids and quantities are PostgreSQL `integer` columns, so a larger value cannot name a row. */
const MAX_INTEGER = 2_147_483_647;
export const MAX_DESCRIPTION_LENGTH = 1000;
export const MAX_HOLDER_NAME_LENGTH = 140;
/** Enough for the longest IBAN (34 characters) printed in groups of four with spaces. */
export const MAX_IBAN_INPUT_LENGTH = 64;
export const MAX_BULK_ITEMS = 50;

export const CANCELLATION_TYPES = ["cancel", "refund"] as const;

const HH_MM = /^([01]\d|2[0-3]):[0-5]\d$/;

/** Storefronts send `null` for fields left empty, so null and absent mean the same. */
function optional<Schema extends z.ZodType>(schema: Schema) {
  return schema
    .nullish()
    .transform((value) => value ?? undefined)
    .optional();
}

/** Trimmed text; an empty or blank string counts as absent. */
function optionalText(maximum: number) {
  return z
    .string()
    .trim()
    .max(maximum)
    .nullish()
    .transform((value) => (value ? value : undefined))
    .optional();
}

// min(1) rather than positive(): the shared error map words every minimum as inclusive, so
// positive() would read "at least 0".
const id = z.int().min(1).max(MAX_INTEGER);

const time = z.string().regex(HH_MM, encodeMessageRef("validation.invalid_time"));

export const pickupDateSchema = z.object({
  date: z
    .string()
    .refine(
      (text) => parseCalendarDate(text) !== undefined,
      encodeMessageRef("validation.invalid_date"),
    ),
  hour_range: z
    .object({ start: time, end: time })
    // Compared only when both times are well formed, so "9:00" reports its format alone.
    .refine(
      (range) => !HH_MM.test(range.start) || !HH_MM.test(range.end) || range.start < range.end,
      encodeMessageRef("validation.hour_range_order"),
    ),
});

/** Accepts an IBAN as typed (spaces, lower case) and outputs it normalized. */
const iban = z
  .string()
  .max(MAX_IBAN_INPUT_LENGTH)
  .transform(normalizeIban)
  .refine(
    (value) => value === "" || isValidIban(value),
    encodeMessageRef("validation.invalid_iban"),
  )
  .nullish()
  .transform((value) => (value ? value : undefined))
  .optional();

const email = z.string().trim().max(MAX_EMAIL_LENGTH).pipe(z.email());
const orderNumber = z.string().trim().min(1).max(MAX_ORDER_NUMBER_LENGTH);

/**
 * One cancellation or return request. Newer clients also send the order's credentials, `email`
 * and `number`, so the request is accepted without a lookup in this browser session. The two
 * come together or not at all.
 */
export const cancellationRequestSchema = z
  .object({
    order_item: id,
    reason: id,
    cancellation_type: z.enum(CANCELLATION_TYPES),
    quantity: optional(z.int().min(1).max(MAX_INTEGER)),
    description: optionalText(MAX_DESCRIPTION_LENGTH),
    shipping_company: optional(id),
    pickup_address: optional(id),
    pickup_date: optional(pickupDateSchema),
    iban,
    holder_name: optionalText(MAX_HOLDER_NAME_LENGTH),
    fully_refund_as_loyalty_money: z
      .boolean()
      .nullish()
      .transform((value) => value ?? false),
    email: optional(email),
    number: optional(orderNumber),
  })
  .superRefine((request, context) => {
    if (request.email !== undefined && request.number === undefined) {
      context.addIssue({ code: "custom", path: ["number"], message: "validation.required" });
    }
    if (request.number !== undefined && request.email === undefined) {
      context.addIssue({ code: "custom", path: ["email"], message: "validation.required" });
    }
  });

export const bulkCancellationRequestSchema = z.object({
  cancel_order_items: z.array(cancellationRequestSchema).min(1).max(MAX_BULK_ITEMS),
});

/** A request as a form or client builds it. */
export type CancellationRequestInput = z.input<typeof cancellationRequestSchema>;
/** A validated request: nulls removed, text trimmed, the IBAN normalized. */
export type CancellationRequestBody = z.output<typeof cancellationRequestSchema>;
export type BulkCancellationRequestBody = z.output<typeof bulkCancellationRequestSchema>;
export type CancellationType = (typeof CANCELLATION_TYPES)[number];
