import type { Prisma } from "@/lib/generated/prisma/client";
import { RELEASED_REQUEST_STATUSES } from "@/lib/cancellations/eligibility";
import { cancellationRequestInclude } from "@/lib/cancellations/serialize-cancellation-request";

const addressInclude = { city: true, country: true } satisfies Prisma.AddressInclude;

/**
 * Everything the order representation shows. Order items carry only their active cancellation
 * requests, whose quantities are the units already reserved, and only couriers with easy
 * returns enabled. The order readers load this shape with the hand-written statement in
 * order-details-sql.ts, which must change together with this include.
 */
export const orderDetailsInclude = {
  user: { select: { userType: true } },
  paymentOption: true,
  bank: true,
  shippingCompany: true,
  shippingAddress: { include: addressInclude },
  billingAddress: { include: addressInclude },
  items: {
    orderBy: { id: "asc" },
    include: {
      shippingCompany: true,
      easyReturnShippingCompanies: {
        where: { isEasyReturnEnabled: true },
        orderBy: { id: "asc" },
        include: { pickupSlots: { orderBy: [{ displayOrder: "asc" }, { startTime: "asc" }] } },
      },
      cancellationRequests: {
        where: { status: { notIn: [...RELEASED_REQUEST_STATUSES] } },
        orderBy: { id: "asc" },
        include: cancellationRequestInclude,
      },
    },
  },
  discountItems: { orderBy: { id: "asc" } },
  loyaltyTransactions: { orderBy: { id: "asc" } },
} satisfies Prisma.OrderInclude;

export type OrderDetailsRecord = Prisma.OrderGetPayload<{ include: typeof orderDetailsInclude }>;
export type OrderItemDetailsRecord = OrderDetailsRecord["items"][number];
export type AddressDetailsRecord = OrderDetailsRecord["shippingAddress"];
export type EasyReturnCompanyRecord = OrderItemDetailsRecord["easyReturnShippingCompanies"][number];
