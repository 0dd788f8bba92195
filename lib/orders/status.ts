/**
 * The platform's numeric order and order item statuses. Labels are translated through the
 * `status.order` messages, keyed by the names below.
 */
export const ORDER_STATUS = {
  cancellation_waiting: 50,
  cancelled: 100,
  waiting: 200,
  payment_waiting: 300,
  confirmation_waiting: 350,
  approved: 400,
  preparing: 450,
  shipped: 500,
  shipped_and_informed: 510,
  ready_for_pickup: 520,
  attempted_delivery: 540,
  review_started: 544,
  review_waiting: 545,
  delivered: 550,
  refunded: 600,
} as const;

export type OrderStatusName = keyof typeof ORDER_STATUS;
export type OrderStatusCode = (typeof ORDER_STATUS)[OrderStatusName];

const NAMES_BY_CODE = new Map<number, OrderStatusName>(
  Object.entries(ORDER_STATUS).map(([name, code]) => [code, name as OrderStatusName]),
);

/** Returns the status name for a code, or undefined for a code the platform does not define. */
export function orderStatusName(code: number): OrderStatusName | undefined {
  return NAMES_BY_CODE.get(code);
}
