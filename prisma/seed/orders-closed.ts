// Demo orders that are closed: the platform's cancelled example order and an order refunded
// after a courier pickup. Ids follow the scheme described in orders-before-shipping.ts.
import { ORDER_STATUS } from "@/lib/orders/status";

import { demoUuid, relativeDates, type OrderSpec } from "./order-types";
import { PRODUCTS } from "./products";
import { EASY_RETURN_COMPANY_SLUGS } from "./reference-data";

const { cancelled, refunded } = ORDER_STATUS;

export function buildClosedOrders(now: Date): OrderSpec[] {
  const { daysAgo, calendarDayFromNow } = relativeDates(now);

  return [
    // The platform's documented example order. Its number, email, ids, amounts, dates and
    // other plain fields match the documented response, so a lookup can be compared with it
    // field by field. The documentation does not show the currency, bank, addresses or items,
    // so those are invented.
    {
      key: "documentExample",
      id: 6016,
      customer: "jordan",
      shippingAddress: "jordanHome",
      billingAddress: "jordanHome",
      status: cancelled,
      currency: "try",
      languageCode: "en-us",
      payment: {
        option: "Credit_Card",
        bank: "lale-bank",
        binNumber: "555555",
        installmentCount: 1,
        cardId: 364,
        installmentId: 265,
      },
      shippingOption: "TEST-123",
      shippingAmount: "0.00",
      discounts: [{ id: 60161, name: "Welcome coupon", amount: "10.00" }],
      remoteAddr: "3.73.5.7",
      clientType: "default",
      basketId: 9901,
      createdDate: new Date("2024-10-24T09:32:05.544Z"),
      modifiedDate: new Date("2024-11-05T08:53:25.564Z"),
      items: [
        {
          id: 60161,
          product: PRODUCTS.merinoSweater,
          quantity: 1,
          price: "109.99",
          retailPrice: "129.99",
          taxRate: "20.00",
          status: cancelled,
          refundedQuantity: 1,
        },
      ],
    },
    {
      key: "refunded",
      id: 6008,
      customer: "sanne",
      shippingAddress: "sanneHome",
      billingAddress: "sanneHome",
      status: refunded,
      currency: "eur",
      languageCode: "en-us",
      payment: {
        option: "Credit_Card",
        bank: "nordlicht-bank",
        binNumber: "411111",
        cardId: 370,
        installmentId: 271,
      },
      shippingOption: "express-delivery",
      shipment: {
        company: "marmara-express",
        trackingNumber: "MX7310500008",
        shippedDate: daysAgo(22),
        deliveredDate: daysAgo(20),
      },
      shippingAmount: "0.00",
      invoice: { number: "INV-7310-0108", date: daysAgo(22) },
      remoteAddr: "198.51.100.140",
      basketId: 9909,
      createdDate: daysAgo(25),
      modifiedDate: daysAgo(12),
      easyReturns: [
        {
          id: 60081,
          code: "DEMO-60081",
          status: "completed",
          company: "marmara-express",
          trackingNumber: "MXR7310500008",
          pickupDate: calendarDayFromNow(-17),
          pickupHourStart: "12:00",
          pickupHourEnd: "15:00",
          startDate: daysAgo(18),
          endDate: daysAgo(12),
        },
      ],
      items: [
        {
          id: 60081,
          product: PRODUCTS.rainJacket,
          quantity: 1,
          price: "89.00",
          retailPrice: "119.00",
          taxRate: "21.00",
          status: refunded,
          easyReturnCompanies: EASY_RETURN_COMPANY_SLUGS,
          refundedQuantity: 1,
          cancellationRequests: [
            {
              id: 600811,
              uuid: demoUuid(600811),
              type: "refund",
              status: "completed",
              reason: "notAsDescribed",
              quantity: 1,
              description: "The colour is much paler than in the photos.",
              pickupAddress: "sanneHome",
              easyReturnId: 60081,
              createdDate: daysAgo(18),
              modifiedDate: daysAgo(12),
            },
          ],
        },
        {
          id: 60082,
          product: PRODUCTS.woolBeanie,
          quantity: 1,
          price: "24.00",
          retailPrice: "24.00",
          taxRate: "21.00",
          status: refunded,
          easyReturnCompanies: EASY_RETURN_COMPANY_SLUGS,
          refundedQuantity: 1,
          cancellationRequests: [
            {
              id: 600821,
              uuid: demoUuid(600821),
              type: "refund",
              status: "completed",
              reason: "wrongSize",
              quantity: 1,
              pickupAddress: "sanneHome",
              easyReturnId: 60081,
              createdDate: daysAgo(18),
              modifiedDate: daysAgo(12),
            },
          ],
        },
      ],
    },
  ];
}
