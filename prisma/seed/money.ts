// Money arithmetic for the demo data in integer cents, so that totals written as numeric(12,2)
// add up exactly and no amount passes through a binary float.

const AMOUNT_PATTERN = /^(-?)(\d+)\.(\d{2})$/;

/** Converts a decimal string with exactly two fraction digits, such as "109.99", to cents. */
export function toCents(amount: string): number {
  const match = AMOUNT_PATTERN.exec(amount);
  if (!match) {
    throw new Error(`Invalid amount "${amount}": expected digits with two decimals, e.g. "9.90".`);
  }
  const [, sign, units, fraction] = match;
  const cents = Number(units) * 100 + Number(fraction);
  if (!Number.isSafeInteger(cents)) throw new Error(`Amount "${amount}" is too large.`);
  return sign === "-" ? -cents : cents;
}

/** Formats cents as the decimal string Prisma writes to a numeric(12,2) column. */
export function formatCents(cents: number): string {
  if (!Number.isSafeInteger(cents)) throw new Error(`Invalid cent amount ${cents}.`);
  const sign = cents < 0 ? "-" : "";
  const absolute = Math.abs(cents);
  const fraction = String(absolute % 100).padStart(2, "0");
  return `${sign}${Math.floor(absolute / 100)}.${fraction}`;
}

/**
 * Splits `total` cents over `weights` in proportion, rounding each share down and giving the
 * remainder to the last share, so the shares always sum to `total`.
 */
export function allocateCents(total: number, weights: number[]): number[] {
  const weightSum = weights.reduce((sum, weight) => sum + weight, 0);
  if (weightSum === 0) return weights.map(() => 0);

  const shares = weights.map((weight) => Math.floor((total * weight) / weightSum));
  const remainder = total - shares.reduce((sum, share) => sum + share, 0);
  shares[shares.length - 1] = (shares[shares.length - 1] ?? 0) + remainder;
  return shares;
}
