// Credentials of the demo orders that `seedDemoData` writes, for tests, the README and manual
// checks. This file imports nothing, so client-side code and e2e tests can load it cheaply.

export interface DemoOrderCredentials {
  /** Order number, as typed into the lookup form. */
  number: string;
  email: string;
  /** State the shopper sees when looking the order up. */
  description: string;
}

export const DEMO_ORDERS = {
  documentExample: {
    number: "2745403029312170",
    email: "guest@example.com",
    description: "Cancelled (100) and refunded, the platform's documented example order",
  },
  awaitingTransfer: {
    number: "7310500000000001",
    email: "mert.ozkan@example.com",
    description: "Awaiting payment (300) by funds transfer",
  },
  approvedCashOnDelivery: {
    number: "7310500000000002",
    email: "deniz.celik@example.org",
    description: "Approved (400), cash on delivery, both items can be cancelled",
  },
  preparingGift: {
    number: "7310500000000003",
    email: "lena.hoffmann@example.com",
    description: "Preparing (450), EUR, gift box with note, shipped to another address",
  },
  shippedWithTracking: {
    number: "7310500000000004",
    email: "elif.karatas@example.com",
    description: "Shipped (500) with tracking link, 3 installments, loyalty money spent",
  },
  cardDeliveredInWindow: {
    number: "7310500000000005",
    email: "elif.karatas@example.com",
    description: "Delivered 3 days ago (550), returnable, invoiced, one item not returnable",
  },
  deliveredOutsideWindow: {
    number: "7310500000000006",
    email: "mert.ozkan@example.com",
    description: "Delivered 30 days ago (550), return window closed",
  },
  partlyCancelled: {
    number: "7310500000000007",
    email: "mert.ozkan@example.com",
    description: "Approved (400), 1 of 3 towels and the candle cancelled",
  },
  refunded: {
    number: "7310500000000008",
    email: "sanne.devries@example.org",
    description: "Refunded (600) after a completed courier pickup, EUR",
  },
  openReturnRequest: {
    number: "7310500000000009",
    email: "deniz.celik@example.org",
    description: "Delivered 5 days ago (550), open return request on the shirt",
  },
  splitShipment: {
    number: "7310500000000010",
    email: "lena.hoffmann@example.com",
    description: "Shipped (500) in two parcels, one delivered 2 days ago, EUR",
  },
  registeredUser: {
    number: "7310500000000011",
    email: "can.erdem@example.org",
    description: "Registered user's order, which guest lookup must not find",
  },
} as const satisfies Record<string, DemoOrderCredentials>;

export type DemoOrderKey = keyof typeof DEMO_ORDERS;
