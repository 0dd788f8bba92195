import { z } from "zod";

/**
 * The query of GET /users/orders/anonymous/cancellation_reasons/. `cancellation_type` chooses
 * "cancel" or "refund" reasons; omitted or empty, both are listed.
 */
export const cancellationReasonsQuerySchema = z.object({
  cancellation_type: z.preprocess(
    (value) => (value === "" ? undefined : value),
    z.enum(["cancel", "refund"]).optional(),
  ),
});
