import type { ApiTranslator } from "@/lib/i18n/translator";
import { formatDecimal, formatTimestamp } from "@/lib/serialization/format";

import { isOrderInvoiced } from "./invoice";
import { currencyValue, orderStatusValue, shippingCompanyValue } from "./labels";
import type { OrderDetailsRecord } from "./order-details-query";
import { serializeAddress } from "./serialize-address";
import { serializeOrderItem } from "./serialize-order-item";
import { serializeBank, serializePaymentOption } from "./serialize-payment";
import { ORDER_STATUS } from "./status";

/**
 * Serializes an order in the platform's representation, with the fields in the platform's
 * order. Every field is listed here, so a new column reaches a guest only once it is added.
 */
export function serializeOrder(order: OrderDetailsRecord, t: ApiTranslator, now = new Date()) {
  const items = order.items.map((item) =>
    serializeOrderItem(item, { t, invoiced: isOrderInvoiced(order), now }),
  );

  return {
    id: order.id,
    status: orderStatusValue(order.status, t),
    currency: currencyValue(order.currency, t),
    orderitem_set: items,
    discountitem_set: order.discountItems.map((discount) => ({
      id: discount.id,
      name: discount.name,
      amount: formatDecimal(discount.amount),
      currency: currencyValue(discount.currency, t),
      created_date: formatTimestamp(discount.createdDate),
    })),
    is_cancelled: order.status === ORDER_STATUS.cancelled,
    is_cancellable: items.some((item) => item.is_cancellable),
    is_refundable: items.some((item) => item.is_refundable),
    shipping_address: serializeAddress(order.shippingAddress),
    billing_address: serializeAddress(order.billingAddress),
    shipping_company: shippingCompanyValue(order.shippingCompany),
    client_type: order.clientType,
    payment_option: serializePaymentOption(order.paymentOption, t),
    amount_without_discount: formatDecimal(order.amountWithoutDiscount),
    is_payable: order.status === ORDER_STATUS.payment_waiting,
    tracking_url: order.trackingUrl,
    bank: serializeBank(order.bank),
    loyaltytransaction_set: order.loyaltyTransactions.map((transaction) => ({
      id: transaction.id,
      amount: formatDecimal(transaction.amount),
      currency: currencyValue(transaction.currency, t),
      reference: transaction.reference,
      created_date: formatTimestamp(transaction.createdDate),
    })),
    created_date: formatTimestamp(order.createdDate),
    modified_date: formatTimestamp(order.modifiedDate),
    number: order.number,
    amount: formatDecimal(order.amount),
    discount_amount: formatDecimal(order.discountAmount),
    shipping_amount: formatDecimal(order.shippingAmount),
    shipping_tax_rate: formatDecimal(order.shippingTaxRate),
    refund_amount: formatDecimal(order.refundAmount),
    discount_refund_amount: formatDecimal(order.discountRefundAmount),
    shipping_refund_amount: formatDecimal(order.shippingRefundAmount),
    invoice_number: order.invoiceNumber,
    invoice_date: formatTimestamp(order.invoiceDate),
    e_archive_url: order.eArchiveUrl,
    tracking_number: order.trackingNumber,
    defined_tracking_url: order.definedTrackingUrl,
    remote_addr: order.remoteAddr,
    has_gift_box: order.hasGiftBox,
    gift_box_note: order.giftBoxNote,
    language_code: order.languageCode,
    notes: order.notes,
    delivery_range: order.deliveryRange,
    extra_field: order.extraField,
    user_email: order.userEmail,
    shipping_option_slug: order.shippingOptionSlug,
    payment_option_slug: order.paymentOptionSlug,
    bin_number: order.binNumber,
    installment_count: order.installmentCount,
    installment_interest_amount: formatDecimal(order.installmentInterestAmount),
    shipping_tracking_url: order.shippingTrackingUrl,
    user: order.userId,
    basket: order.basketId,
    shipping_option: order.shippingOptionId,
    card: order.cardId,
    installment: order.installmentId,
    segment: order.segment,
    checkout_provider: order.checkoutProvider,
  };
}

export type SerializedOrder = ReturnType<typeof serializeOrder>;
