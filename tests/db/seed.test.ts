import { describe, expect, it } from "vitest";

import type { PrismaClient } from "@/lib/generated/prisma/client";
import { isGuestOrderOf } from "@/lib/orders/credentials";
import { seedDemoData } from "@/prisma/seed/demo";
import { DEMO_ORDERS } from "@/prisma/seed/demo-orders";
import { withFreshDatabase } from "@/tests/support/fresh-database";

const NOW = new Date("2026-06-15T10:00:00Z");

const SNAPSHOT_TABLES = [
  "countries",
  "cities",
  "payment_options",
  "banks",
  "shipping_companies",
  "pickup_slots",
  "shipping_options",
  "cancellation_reasons",
  "users",
  "addresses",
  "orders",
  "order_items",
  "discount_items",
  "loyalty_transactions",
  "easy_returns",
  "cancellation_requests",
  "_OrderItemEasyReturnCompanies",
];

/** Every row of every table the seed writes, as JSON text ordered by its content. */
async function snapshot(prisma: PrismaClient): Promise<Record<string, string[]>> {
  const result: Record<string, string[]> = {};
  for (const table of SNAPSHOT_TABLES) {
    // Upserts on PostgreSQL consume sequence values, so reference ids are compared separately.
    const rows = await prisma.$queryRawUnsafe<{ row: string }[]>(
      `SELECT row_to_json(t)::text AS row FROM "${table}" t ORDER BY 1`,
    );
    result[table] = rows.map((entry) => entry.row);
  }
  return result;
}

describe("demo seed", () => {
  it("writes the same rows when run twice", async () => {
    await withFreshDatabase(async ({ prisma }) => {
      const first = await seedDemoData(prisma, { now: NOW });
      const before = await snapshot(prisma);
      const second = await seedDemoData(prisma, { now: NOW });
      const after = await snapshot(prisma);

      expect(second).toEqual(first);
      for (const table of SNAPSHOT_TABLES) {
        expect(after[table], table).toEqual(before[table]);
      }
    });
  });

  it("returns one sample per demo order", async () => {
    await withFreshDatabase(async ({ prisma }) => {
      const summary = await seedDemoData(prisma, { now: NOW });
      expect(summary.orders).toBe(Object.keys(DEMO_ORDERS).length);
      expect(summary.samples.map((sample) => sample.number)).toEqual(
        Object.values(DEMO_ORDERS).map((order) => order.number),
      );
    });
  });

  it("restores demo orders a tester changed", async () => {
    await withFreshDatabase(async ({ prisma }) => {
      await seedDemoData(prisma, { now: NOW });
      const before = await snapshot(prisma);

      const order = await prisma.order.findUniqueOrThrow({
        where: { number: DEMO_ORDERS.approvedCashOnDelivery.number },
        include: { items: true },
      });
      const item = order.items[0]!;
      const reason = await prisma.cancellationReason.findFirstOrThrow({
        where: { cancellationType: "cancel" },
      });
      await prisma.cancellationRequest.create({
        data: {
          orderItemId: item.id,
          cancellationType: "cancel",
          reasonId: reason.id,
          quantity: 1,
        },
      });
      await prisma.order.update({ where: { id: order.id }, data: { status: 100 } });

      await seedDemoData(prisma, { now: NOW });
      const after = await snapshot(prisma);
      expect(after.cancellation_requests).toEqual(before.cancellation_requests);
      expect(after.orders).toEqual(before.orders);
    });
  });

  it("keeps the documented example order's values", async () => {
    await withFreshDatabase(async ({ prisma }) => {
      await seedDemoData(prisma, { now: NOW });
      const order = await prisma.order.findUniqueOrThrow({
        where: { number: "2745403029312170" },
        include: { user: true },
      });

      expect(order.id).toBe(6016);
      expect(order.userId).toBe(6471);
      expect(order.status).toBe(100);
      expect(order.amount.toFixed(2)).toBe("99.99");
      expect(order.discountAmount.toFixed(2)).toBe("10.00");
      expect(order.amountWithoutDiscount.toFixed(2)).toBe("109.99");
      expect(order.refundAmount.toFixed(2)).toBe("99.99");
      expect(order.paymentOptionSlug).toBe("Credit_Card");
      expect(order.languageCode).toBe("en-us");
      expect(order.createdDate.toISOString()).toBe("2024-10-24T09:32:05.544Z");
      expect(order.modifiedDate.toISOString()).toBe("2024-11-05T08:53:25.564Z");
      expect(isGuestOrderOf(order, " Guest@Example.com ")).toBe(true);
    });
  });

  it("adds up every order's totals", async () => {
    await withFreshDatabase(async ({ prisma }) => {
      await seedDemoData(prisma, { now: NOW });
      const broken = await prisma.$queryRaw<{ number: string }[]>`
        SELECT o.number FROM orders o
        JOIN order_items i ON i.order_id = o.id
        GROUP BY o.id
        HAVING o.amount_without_discount <> sum(i.price * i.quantity) + o.shipping_amount
            OR o.amount <> o.amount_without_discount - o.discount_amount
            OR o.refund_amount > o.amount`;
      expect(broken).toEqual([]);
    });
  });

  it("leaves sequences past the demo ids", async () => {
    await withFreshDatabase(async ({ prisma }) => {
      await seedDemoData(prisma, { now: NOW });
      const user = await prisma.user.create({
        data: { email: "new@example.com", firstName: "New", lastName: "Guest", userType: "guest" },
      });
      expect(user.id).toBeGreaterThan(6471);
    });
  });

  it("keeps the registered user's order out of guest lookup", async () => {
    await withFreshDatabase(async ({ prisma }) => {
      await seedDemoData(prisma, { now: NOW });
      const order = await prisma.order.findUniqueOrThrow({
        where: { number: DEMO_ORDERS.registeredUser.number },
        include: { user: true },
      });
      expect(order.user.userType).toBe("registered");
      expect(isGuestOrderOf(order, DEMO_ORDERS.registeredUser.email)).toBe(false);
    });
  });
});
