import { Prisma } from "@/lib/generated/prisma/client";

import type { OrderDetailsRecord } from "./order-details-query";

type JsonRow = Record<string, unknown>;

/** Fields that jsonb carries as strings but Prisma returns as `Prisma.Decimal` or `Date`. */
interface ColumnTypes {
  decimals?: readonly string[];
  dates?: readonly string[];
}

const ORDER_COLUMNS: ColumnTypes = {
  decimals: [
    "amount",
    "amountWithoutDiscount",
    "discountAmount",
    "shippingAmount",
    "shippingTaxRate",
    "refundAmount",
    "discountRefundAmount",
    "shippingRefundAmount",
    "installmentInterestAmount",
  ],
  dates: ["invoiceDate", "createdDate", "modifiedDate"],
};
const ADDRESS_COLUMNS: ColumnTypes = { dates: ["createdDate", "modifiedDate"] };
const ITEM_COLUMNS: ColumnTypes = {
  decimals: ["price", "retailPrice", "taxRate", "discountAmount"],
  dates: ["shippedDate", "deliveredDate", "createdDate", "modifiedDate"],
};
const REQUEST_COLUMNS: ColumnTypes = { dates: ["pickupDate", "createdDate", "modifiedDate"] };
const EASY_RETURN_COLUMNS: ColumnTypes = { dates: ["pickupDate", "startDate", "endDate"] };
const MONEY_ROW_COLUMNS: ColumnTypes = { decimals: ["amount"], dates: ["createdDate"] };

/**
 * Converts the jsonb value `selectOrderDetails` builds into the record Prisma would return for
 * `orderDetailsInclude`: camelCase fields, `Prisma.Decimal` money, `Date` timestamps.
 */
export function mapOrderDetails(row: JsonRow): OrderDetailsRecord {
  const order = mapRow(row, ORDER_COLUMNS);
  return {
    ...order,
    paymentOption: mapRow(row.paymentOption as JsonRow),
    bank: mapNullableRow(row.bank),
    shippingCompany: mapNullableRow(row.shippingCompany),
    shippingAddress: mapAddress(row.shippingAddress as JsonRow),
    billingAddress: mapAddress(row.billingAddress as JsonRow),
    items: (row.items as JsonRow[]).map(mapItem),
    discountItems: (row.discountItems as JsonRow[]).map((d) => mapRow(d, MONEY_ROW_COLUMNS)),
    loyaltyTransactions: (row.loyaltyTransactions as JsonRow[]).map((l) =>
      mapRow(l, MONEY_ROW_COLUMNS),
    ),
  } as OrderDetailsRecord;
}

function mapAddress(row: JsonRow): JsonRow {
  return {
    ...mapRow(row, ADDRESS_COLUMNS),
    city: mapRow(row.city as JsonRow),
    country: mapRow(row.country as JsonRow),
  };
}

function mapItem(row: JsonRow): JsonRow {
  return {
    ...mapRow(row, ITEM_COLUMNS),
    shippingCompany: mapNullableRow(row.shippingCompany),
    easyReturnShippingCompanies: (row.easyReturnShippingCompanies as JsonRow[]).map((company) => ({
      ...mapRow(company),
      pickupSlots: (company.pickupSlots as JsonRow[]).map((slot) => mapRow(slot)),
    })),
    cancellationRequests: (row.cancellationRequests as JsonRow[]).map(mapRequest),
  };
}

function mapRequest(row: JsonRow): JsonRow {
  const easyReturn = row.easyReturn as JsonRow | null;
  return {
    ...mapRow(row, REQUEST_COLUMNS),
    easyReturn: easyReturn && {
      ...mapRow(easyReturn, EASY_RETURN_COLUMNS),
      shippingCompany: mapRow(easyReturn.shippingCompany as JsonRow),
    },
  };
}

function mapNullableRow(row: unknown): JsonRow | null {
  return row === null ? null : mapRow(row as JsonRow);
}

/**
 * Renames a row's snake_case columns to Prisma's camelCase fields and revives its typed
 * columns. Only the row's own keys are renamed, so keys inside JSON columns stay as stored.
 */
function mapRow(row: JsonRow, types: ColumnTypes = {}): JsonRow {
  const record: JsonRow = {};
  for (const [column, value] of Object.entries(row)) {
    const field = column.replace(/_([a-z])/g, (_, letter: string) => letter.toUpperCase());
    record[field] = reviveValue(value, field, types);
  }
  return record;
}

function reviveValue(value: unknown, field: string, types: ColumnTypes): unknown {
  if (value === null) return null;
  if (types.decimals?.includes(field)) return new Prisma.Decimal(value as string);
  if (types.dates?.includes(field)) return new Date(value as string);
  return value;
}
