import type { Decimal } from "@/lib/generated/prisma/internal/prismaNamespace";

/** Money and rates on the wire: a string with two decimal places, such as "109.99". */
export function formatDecimal(value: Decimal): string;
export function formatDecimal(value: Decimal | null): string | null;
export function formatDecimal(value: Decimal | null): string | null {
  return value === null ? null : value.toFixed(2);
}

/**
 * Timestamps on the wire: ISO 8601 in UTC with six fractional digits, as the platform writes
 * them ("2024-10-24T09:32:05.544358Z"). JavaScript dates hold milliseconds, so the last three
 * digits are always zero.
 */
export function formatTimestamp(value: Date): string;
export function formatTimestamp(value: Date | null): string | null;
export function formatTimestamp(value: Date | null): string | null {
  return value === null ? null : value.toISOString().replace(/\.(\d{3})Z$/, ".$1000Z");
}

/** A `date` column as "2024-01-01". */
export function formatDateOnly(value: Date): string;
export function formatDateOnly(value: Date | null): string | null;
export function formatDateOnly(value: Date | null): string | null {
  return value === null ? null : value.toISOString().slice(0, 10);
}
