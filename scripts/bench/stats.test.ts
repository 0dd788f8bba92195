import { describe, expect, it } from "vitest";

import {
  formatBytes,
  formatCount,
  formatMilliseconds,
  formatRatio,
  formatSeconds,
  median,
  percentile,
  ratio,
} from "./stats";

describe("percentile", () => {
  const hundred = Array.from({ length: 100 }, (_, index) => index + 1);

  it.each([
    [50, 50],
    [99, 99],
    [100, 100],
    [0, 1],
    [1, 1],
    [99.5, 100],
  ])("takes the %s-th percentile of 1..100 as %s", (p, expected) => {
    expect(percentile(hundred, p)).toBe(expected);
  });

  it("does not depend on input order", () => {
    expect(percentile([9, 1, 5, 3, 7], 50)).toBe(5);
  });

  it("leaves its input unsorted", () => {
    const values = [3, 1, 2];
    percentile(values, 50);
    expect(values).toEqual([3, 1, 2]);
  });

  it("returns NaN for no values", () => {
    expect(percentile([], 50)).toBeNaN();
  });

  it("rejects a percentile outside 0–100", () => {
    expect(() => percentile([1], 101)).toThrow(RangeError);
    expect(() => percentile([1], Number.NaN)).toThrow(RangeError);
  });

  it("gives the lower middle value as the median of an even count", () => {
    expect(median([4, 1, 3, 2])).toBe(2);
  });
});

describe("ratio", () => {
  it("divides by the reference", () => {
    expect(ratio(600, 1500)).toBeCloseTo(0.4);
  });

  it.each([
    [1, 0],
    [1, Number.NaN],
    [Number.NaN, 1],
    [1, Number.POSITIVE_INFINITY],
  ])("is NaN for %s / %s", (value, reference) => {
    expect(ratio(value, reference)).toBeNaN();
  });
});

describe("formatting", () => {
  it("formats ratios with two decimals", () => {
    expect(formatRatio(0.456)).toBe("0.46×");
    expect(formatRatio(Number.NaN)).toBe("n/a");
  });

  it("formats counts with thousands separators", () => {
    expect(formatCount(12345.6)).toBe("12,346");
  });

  it("keeps one decimal of milliseconds below 100 ms", () => {
    expect(formatMilliseconds(7.44)).toBe("7.4 ms");
    expect(formatMilliseconds(152.6)).toBe("153 ms");
  });

  it("formats bytes in decimal units", () => {
    expect(formatBytes(512)).toBe("512 B");
    expect(formatBytes(12_345)).toBe("12.3 kB");
    expect(formatBytes(1_200_000)).toBe("1.20 MB");
    expect(formatBytes(2_178_830_000)).toBe("2.18 GB");
  });

  it("formats long durations in minutes", () => {
    expect(formatSeconds(8.24)).toBe("8.2 s");
    expect(formatSeconds(125)).toBe("2 min 05 s");
  });
});
