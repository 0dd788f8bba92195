// Writes the demo data: reference rows plus one order for every state a guest can meet.
//
// Running it again restores the demo exactly. Inside one transaction it deletes the demo users,
// their addresses and orders (with every item, cancellation request and easy return on them,
// including rows a tester added through the API), then inserts them again with the same ids.
// Reference rows are upserted instead, because orders outside the demo may point at them.
import type { PrismaClient } from "@/lib/generated/prisma/client";

import { DEMO_ADDRESSES, DEMO_CUSTOMERS, type CustomerKey } from "./customers";
import { DEMO_ORDERS, type DemoOrderKey } from "./demo-orders";
import type { OrderSpec } from "./order-types";
import { insertDemoOrder } from "./orders";
import { buildOrdersBeforeShipping } from "./orders-before-shipping";
import { buildClosedOrders } from "./orders-closed";
import { buildDeliveredOrders } from "./orders-delivered";
import { buildShippedOrders } from "./orders-shipped";
import {
  cityKey,
  upsertReferenceData,
  type ReferenceIds,
  type SeedTransaction,
} from "./reference-data";

export interface DemoSeedSummary {
  orders: number;
  /** Every demo order's lookup credentials with the state it is in, in DEMO_ORDERS order. */
  samples: Array<{ email: string; number: string; description: string }>;
}

// Tables the demo writes explicit ids into. Their sequences are moved past those ids afterwards.
const TABLES_WITH_EXPLICIT_IDS = [
  "users",
  "addresses",
  "orders",
  "order_items",
  "discount_items",
  "loyalty_transactions",
  "easy_returns",
  "cancellation_requests",
  "shipping_options",
] as const;

/**
 * Deletes and rewrites the demo users, addresses and orders, and upserts the reference rows
 * they use. Dates are relative to `options.now` (default: the current time), so an order
 * delivered 3 days ago stays inside the default 14-day return window. The platform's example
 * order keeps its documented dates.
 */
export async function seedDemoData(
  prisma: PrismaClient,
  options: { now?: Date } = {},
): Promise<DemoSeedSummary> {
  const now = options.now ?? new Date();
  if (Number.isNaN(now.getTime())) throw new Error("seedDemoData: options.now is an invalid date.");

  const orders = buildCatalogue(now);
  await prisma.$transaction(
    async (tx) => {
      await deleteDemoRows(tx, orders);
      const references = await upsertReferenceData(tx);
      await insertCustomers(tx, orders, references);
      for (const order of orders) await insertDemoOrder(tx, order, references);
      await advanceSequences(tx);
    },
    // Prisma's default transaction timeout is 5 seconds. PGlite runs every statement in turn on
    // one connection, so a slow machine could exceed it.
    { maxWait: 10_000, timeout: 60_000 },
  );

  return {
    orders: orders.length,
    samples: Object.values(DEMO_ORDERS).map(({ email, number, description }) => ({
      email,
      number,
      description,
    })),
  };
}

/** Builds the catalogue and checks that it has exactly one order for each DEMO_ORDERS entry. */
function buildCatalogue(now: Date): OrderSpec[] {
  const orders = [
    ...buildClosedOrders(now),
    ...buildOrdersBeforeShipping(now),
    ...buildShippedOrders(now),
    ...buildDeliveredOrders(now),
  ];
  const keys = orders.map((order) => order.key);
  const expected = Object.keys(DEMO_ORDERS) as DemoOrderKey[];
  const missing = expected.filter((key) => !keys.includes(key));
  const repeated = keys.filter((key, index) => keys.indexOf(key) !== index);
  if (missing.length > 0 || repeated.length > 0) {
    throw new Error(
      `The demo order catalogue does not match DEMO_ORDERS: missing [${missing.join(", ")}], ` +
        `listed twice [${repeated.join(", ")}].`,
    );
  }
  return orders;
}

async function deleteDemoRows(tx: SeedTransaction, orders: OrderSpec[]): Promise<void> {
  const userIds = Object.values(DEMO_CUSTOMERS).map((customer) => customer.id);
  const numbers = orders.map((order) => DEMO_ORDERS[order.key].number);
  const demoOrders = { OR: [{ number: { in: numbers } }, { userId: { in: userIds } }] };
  const easyReturnCodes = orders.flatMap((order) => (order.easyReturns ?? []).map((e) => e.code));

  // Deleting a cancellation request leaves its easy return behind, so easy returns go first: the
  // demo's own by code, and any that a tester opened on a demo item.
  await tx.easyReturn.deleteMany({
    where: {
      OR: [
        { code: { in: easyReturnCodes } },
        { cancellationRequests: { some: { orderItem: { order: demoOrders } } } },
      ],
    },
  });
  // Deleting an order cascades to its items, discount items, loyalty transactions, the items'
  // cancellation requests and their easy-return courier links.
  await tx.order.deleteMany({ where: demoOrders });
  await tx.address.deleteMany({ where: { userId: { in: userIds } } });
  await tx.user.deleteMany({ where: { id: { in: userIds } } });
}

/** Inserts the demo users and their addresses, each dated at the user's first demo order. */
async function insertCustomers(
  tx: SeedTransaction,
  orders: OrderSpec[],
  references: ReferenceIds,
): Promise<void> {
  const firstOrderDates = new Map<CustomerKey, Date>();
  for (const order of orders) {
    const known = firstOrderDates.get(order.customer);
    if (!known || order.createdDate < known) firstOrderDates.set(order.customer, order.createdDate);
  }
  const createdDate = (customer: CustomerKey) => firstOrderDates.get(customer) ?? new Date(0);

  await tx.user.createMany({
    data: Object.entries(DEMO_CUSTOMERS).map(([key, customer]) => ({
      ...customer,
      createdDate: createdDate(key as CustomerKey),
    })),
  });

  await tx.address.createMany({
    data: Object.values(DEMO_ADDRESSES).map((address) => {
      const customer = DEMO_CUSTOMERS[address.customer];
      const city = references.cities.get(cityKey(address.country, address.city));
      if (!city) throw new Error(`City ${address.city} of address ${address.id} was not seeded.`);
      return {
        id: address.id,
        userId: customer.id,
        title: address.title,
        firstName: address.firstName ?? customer.firstName,
        lastName: address.lastName ?? customer.lastName,
        email: customer.email,
        phoneNumber: address.phoneNumber,
        line: address.line,
        district: address.district,
        postcode: address.postcode,
        cityId: city.id,
        countryId: city.countryId,
        isCorporate: address.company !== undefined,
        companyName: address.company?.name ?? null,
        taxOffice: address.company?.taxOffice ?? null,
        taxNo: address.company?.taxNo ?? null,
        createdDate: createdDate(address.customer),
        modifiedDate: createdDate(address.customer),
      };
    }),
  });
}

/**
 * Moves each sequence past the highest id in its table, so rows inserted later do not collide
 * with the explicit demo ids. A sequence that is already further stays there, so the ids of
 * deleted rows, such as cancellation requests a tester added, are never handed out again.
 */
async function advanceSequences(tx: SeedTransaction): Promise<void> {
  for (const table of TABLES_WITH_EXPLICIT_IDS) {
    const [serial] = await tx.$queryRawUnsafe<Array<{ sequence: string; maxId: number | null }>>(
      `SELECT pg_get_serial_sequence('"${table}"', 'id') AS "sequence",
              (SELECT max(id) FROM "${table}") AS "maxId"`,
    );
    if (!serial || serial.maxId === null) continue;

    // Read the sequence instead of calling nextval, which would use up an id on every run.
    const [state] = await tx.$queryRawUnsafe<Array<{ nextId: bigint | number }>>(
      `SELECT CASE WHEN is_called THEN last_value + 1 ELSE last_value END AS "nextId"
       FROM ${serial.sequence}`,
    );
    if (state && BigInt(state.nextId) > BigInt(serial.maxId)) continue;
    await tx.$queryRawUnsafe(
      `SELECT setval($1::regclass, $2::bigint, false)`,
      serial.sequence,
      serial.maxId + 1,
    );
  }
}
