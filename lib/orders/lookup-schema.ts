import { z } from "zod";

import { MAX_EMAIL_LENGTH, MAX_ORDER_NUMBER_LENGTH } from "@/lib/orders/credentials";
import { encodeMessageRef } from "@/lib/validation/messages";

/** Order numbers are letters, digits and dashes, such as "2745403029312170". */
export const ORDER_NUMBER_PATTERN = /^[A-Za-z0-9-]+$/;

// The length is checked before the format, so an absurdly long value is reported as too long.
const emailField = z.string().trim().min(1).max(MAX_EMAIL_LENGTH).pipe(z.email());

const orderNumberField = z
  .string()
  .trim()
  .min(1)
  .max(MAX_ORDER_NUMBER_LENGTH)
  .regex(ORDER_NUMBER_PATTERN, { message: encodeMessageRef("validation.invalid_order_number") });

/** The lookup form's values: the email and the order number, both trimmed. */
export const guestOrderLookupSchema = z.object({
  email: emailField,
  order: orderNumberField,
});

export type GuestOrderLookup = z.output<typeof guestOrderLookupSchema>;

/**
 * The body of POST /users/orders/anonymous/. Newer clients send the order number as `number`,
 * so it is accepted as an alias; when both are sent, `order` is used and `number` is ignored.
 * A malformed alias is reported under `number`, the name the client sent.
 */
export const guestOrderLookupRequestSchema = z
  .preprocess(
    keepOneOrderNumberField,
    z.object({
      email: emailField,
      order: orderNumberField.optional(),
      number: orderNumberField.optional(),
    }),
  )
  .transform(({ email, order, number }) => ({ email, order: order ?? number ?? "" }));

// Drops `number` when `order` is present. With neither, `order` becomes null, which fails as a
// required field, so a missing order number is reported together with any email error.
function keepOneOrderNumberField(body: unknown): unknown {
  if (typeof body !== "object" || body === null || Array.isArray(body)) return body;

  const { order, number, ...rest } = body as Record<string, unknown>;
  if (order !== undefined && order !== null) return { ...rest, order };
  if (number !== undefined && number !== null) return { ...rest, number };
  return { ...rest, order: null };
}
