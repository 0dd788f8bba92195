import { randomInt, randomUUID } from "node:crypto";

import type { PrismaClient } from "@/lib/generated/prisma/client";
import { ORDER_STATUS } from "@/lib/orders/status";

// Factories for API and database tests. Every call makes rows of its own (unique emails,
// order numbers and slugs), so tests can run in parallel on one PostgreSQL database.

type PaymentType = "credit_card" | "pay_on_delivery" | "funds_transfer";

export interface ItemSpec {
  quantity?: number;
  price?: string;
  status?: number;
  /** Days since delivery; sets delivered_date and, unless given, status 550. */
  deliveredDaysAgo?: number;
  isReturnable?: boolean;
  trackingNumber?: string;
  productName?: string;
}

export interface OrderSpec {
  email?: string;
  userType?: "guest" | "registered";
  status?: number;
  paymentType?: PaymentType;
  currency?: string;
  languageCode?: string;
  invoiced?: boolean;
  items?: ItemSpec[];
}

export function uniqueSuffix(): string {
  return randomUUID().slice(0, 8);
}

export function uniqueOrderNumber(): string {
  return `9${String(randomInt(10 ** 7, 10 ** 8 - 1))}${String(randomInt(10 ** 6, 10 ** 7 - 1))}`;
}

/** Creates a guest order with its user, addresses and items; items default to one approved unit. */
export async function createOrder(prisma: PrismaClient, spec: OrderSpec = {}) {
  const suffix = uniqueSuffix();
  const email = spec.email ?? `guest-${suffix}@example.com`;
  const country = await prisma.country.upsert({
    where: { code: "TR" },
    update: {},
    create: { code: "TR", name: "Türkiye" },
  });
  const city = await prisma.city.upsert({
    where: { countryId_name: { countryId: country.id, name: "Istanbul" } },
    update: {},
    create: { countryId: country.id, name: "Istanbul" },
  });
  const courier = await createEasyReturnCompany(prisma);
  const paymentType = spec.paymentType ?? "credit_card";
  const paymentOption = await prisma.paymentOption.upsert({
    where: { slug: `test-${paymentType}` },
    update: {},
    create: { slug: `test-${paymentType}`, name: paymentType, paymentType },
  });

  const user = await prisma.user.create({
    data: { email, firstName: "Deniz", lastName: "Test", userType: spec.userType ?? "guest" },
  });
  const addressData = {
    userId: user.id,
    firstName: "Deniz",
    lastName: "Test",
    email,
    phoneNumber: "+90 555 010 0000",
    district: "Kadıköy",
    postcode: "34710",
    cityId: city.id,
    countryId: country.id,
  };
  const shippingAddress = await prisma.address.create({
    data: { ...addressData, title: "Home", line: "Test Sokak 1" },
  });
  const billingAddress = await prisma.address.create({
    data: { ...addressData, title: "Office", line: "Test Caddesi 2" },
  });

  const itemSpecs = spec.items ?? [{}];
  const totalCents = itemSpecs.reduce(
    (sum, item) => sum + toCents(item.price ?? "100.00") * (item.quantity ?? 1),
    0,
  );
  const amount = fromCents(totalCents);
  const currency = spec.currency ?? "try";

  const order = await prisma.order.create({
    data: {
      number: uniqueOrderNumber(),
      userId: user.id,
      userEmail: email,
      status: spec.status ?? ORDER_STATUS.approved,
      currency,
      amount,
      amountWithoutDiscount: amount,
      paymentOptionId: paymentOption.id,
      paymentOptionSlug: paymentOption.slug,
      languageCode: spec.languageCode ?? "en-us",
      invoiceNumber: spec.invoiced ? `INV-${suffix}` : null,
      invoiceDate: spec.invoiced ? new Date() : null,
      shippingAddressId: shippingAddress.id,
      billingAddressId: billingAddress.id,
    },
  });

  const items = [];
  for (const [index, item] of itemSpecs.entries()) {
    const delivered = item.deliveredDaysAgo !== undefined;
    items.push(
      await prisma.orderItem.create({
        data: {
          orderId: order.id,
          productId: 1000 + index,
          productName: item.productName ?? `Test product ${index + 1}`,
          productSku: `SKU-${suffix}-${index}`,
          status: item.status ?? (delivered ? ORDER_STATUS.delivered : ORDER_STATUS.approved),
          quantity: item.quantity ?? 1,
          price: item.price ?? "100.00",
          retailPrice: item.price ?? "100.00",
          currency,
          isReturnable: item.isReturnable ?? true,
          trackingNumber: item.trackingNumber ?? null,
          deliveredDate: delivered
            ? new Date(Date.now() - (item.deliveredDaysAgo ?? 0) * 86_400_000)
            : null,
          easyReturnShippingCompanies: { connect: [{ id: courier.id }] },
        },
      }),
    );
  }

  return {
    order,
    items,
    email,
    number: order.number,
    user,
    shippingAddress,
    billingAddress,
    courier,
  };
}

/** Creates a courier with easy returns, three pickup slots and a 7-day pickup horizon. */
export async function createEasyReturnCompany(prisma: PrismaClient, enabled = true) {
  const slug = `courier-${uniqueSuffix()}`;
  return prisma.shippingCompany.create({
    data: {
      name: `Courier ${slug}`,
      slug,
      isEasyReturnEnabled: enabled,
      pickupHorizonDays: 7,
      trackingUrlTemplate: "https://tracking.example.com/{tracking_number}",
      pickupSlots: {
        create: [
          { startTime: "09:00", endTime: "12:00", displayOrder: 1 },
          { startTime: "12:00", endTime: "15:00", displayOrder: 2 },
          { startTime: "15:00", endTime: "18:00", displayOrder: 3 },
        ],
      },
    },
  });
}

export async function createReason(
  prisma: PrismaClient,
  spec: { type: "cancel" | "refund"; extraInformationNeeded?: boolean; isActive?: boolean },
) {
  return prisma.cancellationReason.create({
    data: {
      cancellationType: spec.type,
      subject: `Test reason ${uniqueSuffix()}`,
      translations: { "tr-tr": { subject: "Test nedeni" } },
      isActive: spec.isActive ?? true,
      extraInformationNeeded: spec.extraInformationNeeded ?? false,
    },
  });
}

function toCents(amount: string): number {
  const [whole = "0", fraction = ""] = amount.split(".");
  return Number(whole) * 100 + Number(fraction.padEnd(2, "0").slice(0, 2));
}

function fromCents(cents: number): string {
  return `${Math.floor(cents / 100)}.${String(cents % 100).padStart(2, "0")}`;
}
