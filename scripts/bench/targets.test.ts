import { describe, expect, it } from "vitest";

import type { LoadResult } from "./load-test";
import type { BenchResults } from "./results";
import { evaluateTargets } from "./targets";

function load(
  connections: number,
  requestsPerSecond: number,
  p99: number,
  cpu: number,
): LoadResult {
  return {
    connections,
    seconds: 10,
    responses: requestsPerSecond * 10,
    requestsPerSecond,
    p50: p99 / 2,
    p99,
    errors: 0,
    non2xx: 0,
    statusCounts: { "200": requestsPerSecond * 10 },
    meanResponseBytes: 5000,
    serverCpuMsPerRequest: cpu,
  };
}

function results(overrides: Partial<BenchResults>): BenchResults {
  return {
    lookup: {
      portal: [load(64, 700, 180, 2.5)],
      nextRoute: [load(64, 1000, 150, 2)],
      nodeHttp: [load(64, 15000, 10, 0.1)],
    },
    roundTrips: [
      {
        name: "lookup",
        requests: 15,
        prismaQueries: { median: 2, max: 3 },
        wireStatements: { median: 2, max: 3 },
        medianTotalMs: 10,
        medianSqlMs: 2,
        statementsPerRequest: {},
      },
      {
        name: "cancellation request (cancel)",
        requests: 15,
        prismaQueries: { median: 4, max: 4 },
        wireStatements: { median: 5, max: 5 },
        medianTotalMs: 10,
        medianSqlMs: 2,
        statementsPerRequest: {},
      },
    ],
    ...overrides,
  } as BenchResults;
}

describe("evaluateTargets", () => {
  it("compares the lookup with the minimal route at 64 connections", () => {
    const [throughput, cpu, p99] = evaluateTargets(results({}));
    expect(throughput).toMatchObject({ measured: "0.70×", met: true });
    expect(cpu).toMatchObject({ measured: "1.25×", met: true });
    expect(p99).toMatchObject({ measured: "1.20×", met: true });
  });

  it("judges round trips by the typical request, not a rare cleanup", () => {
    const [, , , lookup, cancellation] = evaluateTargets(results({}));
    expect(lookup).toMatchObject({ measured: "2", met: true });
    expect(cancellation).toMatchObject({
      measured: "4 (cancellation request (cancel))",
      met: true,
    });
  });

  it("reports a target it could not measure as such", () => {
    const [throughput, , , , cancellation] = evaluateTargets(
      results({
        lookup: { portal: [], nextRoute: [], nodeHttp: [] },
        roundTrips: [{ name: "cancellation request (cancel)", error: "answered 500" }],
      }),
    );
    expect(throughput).toMatchObject({ measured: "n/a", met: undefined });
    expect(cancellation).toMatchObject({ measured: "n/a", met: undefined });
  });

  it("fails a target that is missed", () => {
    const slow = results({
      lookup: {
        portal: [load(64, 100, 900, 10)],
        nextRoute: [load(64, 1000, 150, 2)],
        nodeHttp: [],
      },
    });
    expect(
      evaluateTargets(slow)
        .slice(0, 3)
        .map((row) => row.met),
    ).toEqual([false, false, false]);
  });
});
