import { evaluateEligibility } from "@/lib/cancellations/eligibility";
import { serializeCancellationRequest } from "@/lib/cancellations/serialize-cancellation-request";
import type { ApiTranslator } from "@/lib/i18n/translator";
import { formatDecimal, formatTimestamp } from "@/lib/serialization/format";

import { currencyValue, orderStatusValue, shippingCompanyValue } from "./labels";
import type { OrderItemDetailsRecord } from "./order-details-query";
import { serializeEasyReturnCompany } from "./serialize-easy-return-companies";
import { resolveTrackingUrl } from "./tracking-url";

export interface OrderItemContext {
  t: ApiTranslator;
  /** Whether the item's order has been invoiced. */
  invoiced: boolean;
  now: Date;
}

/**
 * Serializes an order item as the lookup returns it: the platform's fields plus what a guest may
 * still request for it. The flags and blocking codes come from evaluateEligibility, the same rules
 * the cancellation endpoints apply, so a form can explain why an action is not offered.
 */
export function serializeOrderItem(item: OrderItemDetailsRecord, context: OrderItemContext) {
  const { t, now } = context;
  const reservedQuantity = item.cancellationRequests.reduce(
    (sum, request) => sum + request.quantity,
    0,
  );
  const eligibility = evaluateEligibility(
    {
      status: item.status,
      quantity: item.quantity,
      deliveredDate: item.deliveredDate,
      isReturnable: item.isReturnable,
      invoiced: context.invoiced,
      reservedQuantity,
    },
    now,
  );

  return {
    id: item.id,
    status: orderStatusValue(item.status, t),
    quantity: item.quantity,
    price: formatDecimal(item.price),
    retail_price: formatDecimal(item.retailPrice),
    tax_rate: formatDecimal(item.taxRate),
    discount_amount: formatDecimal(item.discountAmount),
    currency: currencyValue(item.currency, t),
    product: {
      pk: item.productId,
      name: item.productName,
      sku: item.productSku,
      base_code: item.productBaseCode,
      image: item.productImage,
      attributes: item.productAttributes,
    },
    tracking_number: item.trackingNumber,
    tracking_url: resolveTrackingUrl(item.trackingUrl, item.trackingNumber, item.shippingCompany),
    shipping_company: shippingCompanyValue(item.shippingCompany),
    shipped_date: formatTimestamp(item.shippedDate),
    delivered_date: formatTimestamp(item.deliveredDate),
    is_returnable: item.isReturnable,
    is_cancellable: eligibility.isCancellable,
    is_refundable: eligibility.isRefundable,
    // evaluateEligibility counts unreserved units whatever the status, but a cancelled or
    // shipped item offers none to a new request.
    requestable_quantity:
      eligibility.isCancellable || eligibility.isRefundable ? eligibility.requestableQuantity : 0,
    cancel_blocked_by: eligibility.cancelBlockedBy ?? null,
    refund_blocked_by: eligibility.refundBlockedBy ?? null,
    return_window_ends_at: formatTimestamp(eligibility.returnWindowEndsAt),
    active_cancellation_requests: item.cancellationRequests.map((request) =>
      serializeCancellationRequest(request, t),
    ),
    easy_return_shipping_companies: item.easyReturnShippingCompanies.map((company) =>
      serializeEasyReturnCompany(company, now),
    ),
  };
}
