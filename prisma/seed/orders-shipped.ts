// Demo orders on their way: one parcel with a tracking link, and two parcels of which one has
// been delivered. Ids follow the scheme described in orders-before-shipping.ts.
import { ORDER_STATUS } from "@/lib/orders/status";

import { relativeDates, type OrderSpec } from "./order-types";
import { PRODUCTS } from "./products";
import { EASY_RETURN_COMPANY_SLUGS } from "./reference-data";

const { shipped, delivered } = ORDER_STATUS;

export function buildShippedOrders(now: Date): OrderSpec[] {
  const { daysAgo } = relativeDates(now);

  return [
    {
      key: "shippedWithTracking",
      id: 6004,
      customer: "elif",
      shippingAddress: "elifHome",
      billingAddress: "elifHome",
      status: shipped,
      currency: "try",
      languageCode: "tr-tr",
      payment: {
        option: "Credit_Card",
        bank: "lale-bank",
        binNumber: "555555",
        installmentCount: 3,
        cardId: 366,
        installmentId: 267,
      },
      shippingOption: "standard-delivery",
      shipment: {
        company: "anadolu-kargo",
        trackingNumber: "AK7310500004",
        shippedDate: daysAgo(1),
      },
      shippingAmount: "0.00",
      loyalty: [
        { id: 60041, amount: "-100.00", reference: "checkout-spend", createdDate: daysAgo(3) },
      ],
      remoteAddr: "203.0.113.88",
      clientType: "ios",
      basketId: 9905,
      createdDate: daysAgo(3),
      modifiedDate: daysAgo(1),
      items: [
        {
          id: 60041,
          product: PRODUCTS.chinos,
          quantity: 2,
          price: "649.90",
          retailPrice: "799.90",
          taxRate: "20.00",
          status: shipped,
        },
        {
          id: 60042,
          product: PRODUCTS.organicTee,
          quantity: 1,
          price: "249.90",
          retailPrice: "249.90",
          taxRate: "20.00",
          status: shipped,
        },
      ],
    },
    {
      key: "splitShipment",
      id: 6010,
      customer: "lena",
      shippingAddress: "lenaHome",
      billingAddress: "lenaHome",
      status: shipped,
      currency: "eur",
      languageCode: "en-us",
      payment: {
        option: "Credit_Card",
        bank: "nordlicht-bank",
        binNumber: "411111",
        cardId: 368,
        installmentId: 269,
      },
      shippingOption: "express-delivery",
      shippingAmount: "4.95",
      shippingTaxRate: "19.00",
      remoteAddr: "198.51.100.61",
      basketId: 9911,
      createdDate: daysAgo(6),
      modifiedDate: daysAgo(1),
      items: [
        {
          id: 60101,
          product: PRODUCTS.runningShoes,
          quantity: 1,
          price: "119.00",
          retailPrice: "139.00",
          taxRate: "19.00",
          status: delivered,
          shipment: {
            company: "anadolu-kargo",
            trackingNumber: "AK7310500010",
            shippedDate: daysAgo(4),
            deliveredDate: daysAgo(2),
          },
          easyReturnCompanies: EASY_RETURN_COMPANY_SLUGS,
        },
        {
          id: 60102,
          product: PRODUCTS.sportsSocks,
          quantity: 2,
          price: "12.50",
          retailPrice: "12.50",
          taxRate: "19.00",
          status: shipped,
          shipment: {
            company: "marmara-express",
            trackingNumber: "MX7310500010",
            shippedDate: daysAgo(1),
          },
        },
      ],
    },
  ];
}
