import { describe, expect, it } from "vitest";

import { parseBenchOptions, sizeSteps } from "./options";

describe("parseBenchOptions", () => {
  it("defaults to 100,000 orders, 10 s and 1, 16 and 64 connections", () => {
    expect(parseBenchOptions([])).toEqual({
      orders: 100_000,
      durationSeconds: 10,
      warmupSeconds: 2,
      connections: [1, 16, 64],
      build: true,
      profile: true,
      write: true,
      pagePath: "docs/benchmarks.md",
    });
  });

  it("reads the flags", () => {
    const options = parseBenchOptions([
      "--orders",
      "1_000_000",
      "--duration=5",
      "--connections",
      "8,32",
      "--no-build",
      "--no-write",
    ]);
    expect(options).toMatchObject({
      orders: 1_000_000,
      durationSeconds: 5,
      connections: [8, 32],
      build: false,
      write: false,
    });
  });

  it.each([
    ["--orders", "ten"],
    ["--orders", "10"],
    ["--duration", "0"],
    ["--connections", "1,x"],
  ])("rejects %s %s", (flag, value) => {
    expect(() => parseBenchOptions([flag, value])).toThrow(flag);
  });

  it("rejects an unknown flag", () => {
    expect(() => parseBenchOptions(["--order", "5"])).toThrow();
  });
});

describe("sizeSteps", () => {
  it.each([
    [100_000, [10_000, 100_000]],
    [1_000_000, [10_000, 100_000, 1_000_000]],
    [250_000, [10_000, 100_000, 250_000]],
    [5000, [5000]],
    [10_000, [10_000]],
  ])("measures %s orders at %j", (orders, expected) => {
    expect(sizeSteps(orders)).toEqual(expected);
  });
});
