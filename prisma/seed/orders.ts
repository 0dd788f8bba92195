// Turns catalogue entries into rows: computes each order's totals in integer cents and inserts
// the order with its items, discounts, loyalty money, easy returns and cancellation requests.
import { DEMO_ADDRESSES, DEMO_CUSTOMERS } from "./customers";
import { DEMO_ORDERS } from "./demo-orders";
import { allocateCents, formatCents, toCents } from "./money";
import type { EasyReturnSpec, OrderItemSpec, OrderSpec, ShipmentSpec } from "./order-types";
import {
  SHIPPING_COMPANIES,
  type ReferenceIds,
  type SeedTransaction,
  type ShippingCompanySlug,
} from "./reference-data";

/** An order's money columns, in cents. */
export interface OrderTotals {
  amountWithoutDiscount: number;
  discountAmount: number;
  amount: number;
  refundAmount: number;
  /** Each item's share of the order discount, for its whole line, in item order. */
  itemDiscounts: number[];
}

/**
 * Computes the totals the platform stores: amount_without_discount is the item lines plus
 * shipping, amount is that minus the discounts, and refund_amount is what was paid back for
 * refunded units, net of their share of the discount. The discount is spread over the item
 * lines in proportion to their price.
 */
export function computeOrderTotals(order: OrderSpec): OrderTotals {
  const lineTotals = order.items.map((item) => toCents(item.price) * item.quantity);
  const itemsTotal = lineTotals.reduce((sum, line) => sum + line, 0);
  const discountAmount = (order.discounts ?? []).reduce((sum, d) => sum + toCents(d.amount), 0);
  const amountWithoutDiscount = itemsTotal + toCents(order.shippingAmount);
  const itemDiscounts = allocateCents(discountAmount, lineTotals);

  let refundAmount = 0;
  order.items.forEach((item, index) => {
    const units = item.refundedQuantity ?? 0;
    if (units > item.quantity) {
      throw new Error(
        `Demo item ${item.id} has refundedQuantity ${units}, ` +
          `more than its quantity ${item.quantity}.`,
      );
    }
    const discountShare = Math.floor(((itemDiscounts[index] ?? 0) * units) / item.quantity);
    refundAmount += toCents(item.price) * units - discountShare;
  });

  return {
    amountWithoutDiscount,
    discountAmount,
    amount: amountWithoutDiscount - discountAmount,
    refundAmount,
    itemDiscounts,
  };
}

/** Inserts the order's easy returns, then the order with every row that belongs to it. */
export async function insertDemoOrder(
  tx: SeedTransaction,
  order: OrderSpec,
  references: ReferenceIds,
): Promise<void> {
  const credentials = DEMO_ORDERS[order.key];
  const customer = DEMO_CUSTOMERS[order.customer];
  if (credentials.email !== customer.email) {
    throw new Error(
      `Demo order ${credentials.number} is listed with ${credentials.email} but belongs to ` +
        `${customer.email}. Make DEMO_ORDERS and the catalogue agree.`,
    );
  }

  const easyReturns = new Map((order.easyReturns ?? []).map((spec) => [spec.id, spec]));
  for (const spec of easyReturns.values()) {
    await tx.easyReturn.create({ data: easyReturnData(spec, references) });
  }

  const totals = computeOrderTotals(order);
  const companyId = (slug: ShippingCompanySlug) => lookUp(references.shippingCompanies, slug);
  const shipment = order.shipment;
  await tx.order.create({
    data: {
      id: order.id,
      number: credentials.number,
      userId: customer.id,
      userEmail: customer.email,
      status: order.status,
      currency: order.currency,
      amount: formatCents(totals.amount),
      amountWithoutDiscount: formatCents(totals.amountWithoutDiscount),
      discountAmount: formatCents(totals.discountAmount),
      shippingAmount: order.shippingAmount,
      shippingTaxRate: order.shippingTaxRate ?? null,
      refundAmount: formatCents(totals.refundAmount),
      paymentOptionId: lookUp(references.paymentOptions, order.payment.option),
      paymentOptionSlug: order.payment.option,
      bankId: order.payment.bank ? lookUp(references.banks, order.payment.bank) : null,
      cardId: order.payment.cardId ?? null,
      installmentId: order.payment.installmentId ?? null,
      binNumber: order.payment.binNumber ?? null,
      installmentCount: order.payment.installmentCount ?? 1,
      shippingOptionId: lookUp(references.shippingOptions, order.shippingOption),
      shippingOptionSlug: order.shippingOption,
      shippingCompanyId: shipment ? companyId(shipment.company) : null,
      trackingNumber: shipment?.trackingNumber ?? null,
      trackingUrl: shipment ? trackingUrl(shipment.company, shipment.trackingNumber) : null,
      invoiceNumber: order.invoice?.number ?? null,
      invoiceDate: order.invoice?.date ?? null,
      eArchiveUrl: order.invoice
        ? `https://invoices.example.com/e-archive/${order.invoice.number}.pdf`
        : null,
      remoteAddr: order.remoteAddr,
      hasGiftBox: order.giftBoxNote !== undefined,
      giftBoxNote: order.giftBoxNote ?? null,
      languageCode: order.languageCode,
      notes: order.notes ?? null,
      clientType: order.clientType ?? "default",
      basketId: order.basketId,
      shippingAddressId: DEMO_ADDRESSES[order.shippingAddress].id,
      billingAddressId: DEMO_ADDRESSES[order.billingAddress].id,
      createdDate: order.createdDate,
      modifiedDate: order.modifiedDate,
      items: {
        create: order.items.map((item, index) =>
          orderItemData(order, item, totals.itemDiscounts[index] ?? 0, easyReturns, references),
        ),
      },
      discountItems: {
        create: (order.discounts ?? []).map((discount) => ({
          id: discount.id,
          name: discount.name,
          amount: discount.amount,
          currency: order.currency,
          createdDate: order.createdDate,
        })),
      },
      loyaltyTransactions: {
        create: (order.loyalty ?? []).map((transaction) => ({
          id: transaction.id,
          amount: transaction.amount,
          currency: order.currency,
          reference: transaction.reference,
          createdDate: transaction.createdDate,
        })),
      },
    },
  });
}

function orderItemData(
  order: OrderSpec,
  item: OrderItemSpec,
  discountCents: number,
  easyReturns: Map<number, EasyReturnSpec>,
  references: ReferenceIds,
) {
  const shipment: ShipmentSpec | undefined = item.shipment ?? order.shipment;
  const lastEvent = [order.createdDate, shipment?.shippedDate, shipment?.deliveredDate]
    .concat((item.cancellationRequests ?? []).map((request) => request.modifiedDate))
    .filter((date): date is Date => date !== undefined)
    .reduce((latest, date) => (date > latest ? date : latest));

  return {
    id: item.id,
    productId: item.product.id,
    productName: item.product.name,
    productSku: item.product.sku,
    productBaseCode: item.product.baseCode,
    productImage: `/products/${item.product.slug}.svg`,
    productAttributes: item.product.attributes,
    isReturnable: item.isReturnable ?? true,
    status: item.status,
    quantity: item.quantity,
    price: item.price,
    retailPrice: item.retailPrice,
    taxRate: item.taxRate,
    discountAmount: formatCents(discountCents),
    currency: order.currency,
    shippingCompanyId: shipment ? lookUp(references.shippingCompanies, shipment.company) : null,
    trackingNumber: shipment?.trackingNumber ?? null,
    trackingUrl: shipment ? trackingUrl(shipment.company, shipment.trackingNumber) : null,
    shippedDate: shipment?.shippedDate ?? null,
    deliveredDate: shipment?.deliveredDate ?? null,
    createdDate: order.createdDate,
    modifiedDate: lastEvent,
    easyReturnShippingCompanies: {
      connect: (item.easyReturnCompanies ?? []).map((slug) => ({
        id: lookUp(references.shippingCompanies, slug),
      })),
    },
    cancellationRequests: {
      create: (item.cancellationRequests ?? []).map((request) => {
        if (request.quantity > item.quantity) {
          throw new Error(
            `Demo request ${request.id} has quantity ${request.quantity}, more than item ` +
              `${item.id} has (${item.quantity}).`,
          );
        }
        const easyReturn =
          request.easyReturnId === undefined ? undefined : easyReturns.get(request.easyReturnId);
        if (request.easyReturnId !== undefined && !easyReturn) {
          throw new Error(
            `Demo request ${request.id} refers to easy return ${request.easyReturnId}, ` +
              `which order ${order.id} does not list.`,
          );
        }
        return {
          id: request.id,
          uuid: request.uuid,
          cancellationType: request.type,
          status: request.status,
          reasonId: lookUp(references.cancellationReasons, request.reason),
          quantity: request.quantity,
          description: request.description ?? null,
          iban: request.iban ?? null,
          holderName: request.holderName ?? null,
          shippingCompanyId: easyReturn
            ? lookUp(references.shippingCompanies, easyReturn.company)
            : null,
          pickupAddressId: request.pickupAddress ? DEMO_ADDRESSES[request.pickupAddress].id : null,
          pickupDate: easyReturn?.pickupDate ?? null,
          pickupHourStart: easyReturn?.pickupHourStart ?? null,
          pickupHourEnd: easyReturn?.pickupHourEnd ?? null,
          easyReturnId: easyReturn?.id ?? null,
          createdDate: request.createdDate,
          modifiedDate: request.modifiedDate,
        };
      }),
    },
  };
}

function easyReturnData(spec: EasyReturnSpec, references: ReferenceIds) {
  return {
    id: spec.id,
    code: spec.code,
    status: spec.status,
    shippingCompanyId: lookUp(references.shippingCompanies, spec.company),
    trackingNumber: spec.trackingNumber ?? null,
    trackingUrl: spec.trackingNumber ? trackingUrl(spec.company, spec.trackingNumber) : null,
    pickupDate: spec.pickupDate,
    pickupHourStart: spec.pickupHourStart,
    pickupHourEnd: spec.pickupHourEnd,
    startDate: spec.startDate,
    endDate: spec.endDate ?? null,
  };
}

function trackingUrl(company: ShippingCompanySlug, trackingNumber: string): string {
  const template = SHIPPING_COMPANIES.find((candidate) => candidate.slug === company);
  if (!template) throw new Error(`Shipping company "${company}" is not in SHIPPING_COMPANIES.`);
  return template.trackingUrlTemplate.replace(
    "{tracking_number}",
    encodeURIComponent(trackingNumber),
  );
}

function lookUp<Key>(ids: Map<Key, number>, key: Key): number {
  const id = ids.get(key);
  if (id === undefined) throw new Error(`Reference row "${String(key)}" was not seeded.`);
  return id;
}
