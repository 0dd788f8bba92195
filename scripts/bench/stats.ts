/**
 * Returns the p-th percentile (0–100) of `values` by the nearest-rank method: the smallest
 * value with at least p% of the values at or below it. Returns NaN for no values.
 */
export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return Number.NaN;
  if (!(p >= 0 && p <= 100)) throw new RangeError(`percentile must be within 0–100, got ${p}`);

  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.max(1, Math.ceil((p / 100) * sorted.length));
  return sorted[rank - 1] as number;
}

export function median(values: readonly number[]): number {
  return percentile(values, 50);
}

/** Returns `value / reference`, or NaN when the reference is zero or not a finite number. */
export function ratio(value: number, reference: number): number {
  if (!Number.isFinite(value) || !Number.isFinite(reference) || reference === 0) return Number.NaN;
  return value / reference;
}

/** Formats a ratio as "0.42×", or "n/a" when it could not be computed. */
export function formatRatio(value: number): string {
  return Number.isFinite(value) ? `${value.toFixed(2)}×` : "n/a";
}

/** Formats a count with thousands separators, for example 12345.6 as "12,346". */
export function formatCount(value: number): string {
  return Number.isFinite(value) ? Math.round(value).toLocaleString("en-US") : "n/a";
}

/** Formats milliseconds with one decimal below 100 ms and none above, for example "7.4 ms". */
export function formatMilliseconds(value: number): string {
  if (!Number.isFinite(value)) return "n/a";
  return `${value < 100 ? value.toFixed(1) : Math.round(value).toString()} ms`;
}

/** Formats a byte count as "512 B", "12.3 kB", "1.20 MB" or "2.18 GB" (1 kB = 1000 B). */
export function formatBytes(value: number): string {
  if (!Number.isFinite(value)) return "n/a";
  if (value < 1000) return `${Math.round(value)} B`;
  if (value < 1_000_000) return `${(value / 1000).toFixed(1)} kB`;
  if (value < 1_000_000_000) return `${(value / 1_000_000).toFixed(2)} MB`;
  return `${(value / 1_000_000_000).toFixed(2)} GB`;
}

/** Formats a duration in seconds as "8.2 s" or "2 min 05 s". */
export function formatSeconds(seconds: number): string {
  if (!Number.isFinite(seconds)) return "n/a";
  if (seconds < 60) return `${seconds.toFixed(1)} s`;
  const minutes = Math.floor(seconds / 60);
  const rest = Math.round(seconds - minutes * 60);
  return `${minutes} min ${String(rest).padStart(2, "0")} s`;
}
