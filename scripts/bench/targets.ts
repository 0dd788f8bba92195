import type { LoadResult } from "./load-test";
import type { BenchResults } from "./results";
import type { ScenarioMeasurement } from "./round-trip-protocol";
import { formatRatio, ratio } from "./stats";

export interface TargetRow {
  target: string;
  goal: string;
  measured: string;
  /** Undefined when the run could not measure it. */
  met: boolean | undefined;
}

/** The connection count at which the throughput and p99 targets are judged. */
export const TARGET_CONNECTIONS = 64;

const MIN_THROUGHPUT_RATIO = 0.6;
const MAX_P99_RATIO = 1.5;
const MAX_LOOKUP_ROUND_TRIPS = 2;
const MAX_CANCELLATION_ROUND_TRIPS = 6;

/** Compares a run with the performance targets of the lookup and cancellation endpoints. */
export function evaluateTargets(results: BenchResults): TargetRow[] {
  const portal = atConnections(results.lookup.portal, TARGET_CONNECTIONS);
  const floor = atConnections(results.lookup.nextRoute, TARGET_CONNECTIONS);
  const throughput = ratio(portal?.requestsPerSecond ?? NaN, floor?.requestsPerSecond ?? NaN);
  const p99 = ratio(portal?.p99 ?? NaN, floor?.p99 ?? NaN);
  const cpu = ratio(portal?.serverCpuMsPerRequest ?? NaN, floor?.serverCpuMsPerRequest ?? NaN);

  const lookupTrips = results.roundTrips.find((scenario) => scenario.name === "lookup");
  const cancellationTrips = results.roundTrips.filter((scenario) =>
    scenario.name.includes("cancellation request"),
  );
  const worstCancellation = Math.max(...cancellationTrips.map(typicalQueries));
  const worstScenario = cancellationTrips.find(
    (scenario) => typicalQueries(scenario) === worstCancellation,
  );

  return [
    {
      target: `Lookup throughput vs minimal Next.js route, ${TARGET_CONNECTIONS} connections`,
      goal: `≥ ${formatRatio(MIN_THROUGHPUT_RATIO)}`,
      measured: formatRatio(throughput),
      met: Number.isFinite(throughput) ? throughput >= MIN_THROUGHPUT_RATIO : undefined,
    },
    {
      // A CPU-bound server's throughput is the inverse of its CPU time per request, and CPU
      // time hardly changes when other processes compete for the cores.
      target:
        "Lookup server CPU per request vs minimal Next.js route (the throughput target " +
        "as CPU time, which other processes on the machine barely change)",
      goal: `≤ ${formatRatio(1 / MIN_THROUGHPUT_RATIO)}`,
      measured: formatRatio(cpu),
      met: Number.isFinite(cpu) ? cpu <= 1 / MIN_THROUGHPUT_RATIO : undefined,
    },
    {
      target: `Lookup p99 vs minimal Next.js route, ${TARGET_CONNECTIONS} connections`,
      goal: `≤ ${formatRatio(MAX_P99_RATIO)}`,
      measured: formatRatio(p99),
      met: Number.isFinite(p99) ? p99 <= MAX_P99_RATIO : undefined,
    },
    {
      target: "SQL round trips per lookup",
      goal: `≤ ${MAX_LOOKUP_ROUND_TRIPS}`,
      measured: lookupTrips ? String(typicalQueries(lookupTrips)) : "n/a",
      met: lookupTrips ? typicalQueries(lookupTrips) <= MAX_LOOKUP_ROUND_TRIPS : undefined,
    },
    {
      target: "SQL round trips per cancellation request (the worst of every kind measured)",
      goal: `≤ ${MAX_CANCELLATION_ROUND_TRIPS}`,
      measured: Number.isFinite(worstCancellation)
        ? `${worstCancellation} (${worstScenario?.name ?? "unknown request"})`
        : "n/a",
      met: Number.isFinite(worstCancellation)
        ? worstCancellation <= MAX_CANCELLATION_ROUND_TRIPS
        : undefined,
    },
  ];
}

export function atConnections(results: readonly LoadResult[], connections: number) {
  return results.find((result) => result.connections === connections);
}

// The typical request's count: the median, so a rare after() cleanup does not decide it.
function typicalQueries(scenario: ScenarioMeasurement): number {
  return "error" in scenario ? Number.NaN : scenario.prismaQueries.median;
}
