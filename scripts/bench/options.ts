import { parseArgs } from "node:util";

export interface BenchOptions {
  /** Guest orders in the full data set; the latency-by-size series stops here. */
  orders: number;
  /** Seconds of measured load per endpoint and connection count. */
  durationSeconds: number;
  /** Seconds of unmeasured load before each endpoint's first measurement. */
  warmupSeconds: number;
  connections: number[];
  build: boolean;
  /** Profile the portal's CPU time per endpoint with node --cpu-prof. */
  profile: boolean;
  /** Append the results to the benchmarks page; off for trial runs. */
  write: boolean;
  pagePath: string;
}

export const USAGE = `Usage: npm run bench -- [options]

  --orders N          guest orders in the data set (default 100000, e.g. 1000000)
  --duration S        seconds of load per measurement (default 10)
  --warmup S          seconds of unmeasured load before each endpoint (default 2)
  --connections LIST  comma-separated connection counts (default 1,16,64)
  --no-build          reuse the existing .next-bench build
  --no-profile        skip the CPU profiles of the lookup and cancellation endpoints
  --no-write          print the results without appending them to the page
  --page PATH         the page to append to (default docs/benchmarks.md)
  --help              show this text`;

/** The data-set sizes of the latency-by-size series, in orders, from 10,000 up. */
export const SIZE_STEPS = [10_000, 100_000, 1_000_000];

const MAX_ORDERS = 5_000_000;
const MAX_DURATION_SECONDS = 300;
const MAX_CONNECTIONS = 1000;

/** Parses the command line; throws an Error with the usage text for an invalid value. */
export function parseBenchOptions(argv: readonly string[]): BenchOptions | "help" {
  const { values } = parseArgs({
    args: [...argv],
    options: {
      orders: { type: "string", default: "100000" },
      duration: { type: "string", default: "10" },
      warmup: { type: "string", default: "2" },
      connections: { type: "string", default: "1,16,64" },
      "no-build": { type: "boolean", default: false },
      "no-profile": { type: "boolean", default: false },
      "no-write": { type: "boolean", default: false },
      page: { type: "string", default: "docs/benchmarks.md" },
      help: { type: "boolean", default: false },
    },
    strict: true,
    allowPositionals: false,
  });
  if (values.help) return "help";

  return {
    orders: parseWholeNumber("--orders", values.orders, 1000, MAX_ORDERS),
    durationSeconds: parseWholeNumber("--duration", values.duration, 1, MAX_DURATION_SECONDS),
    warmupSeconds: parseWholeNumber("--warmup", values.warmup, 0, MAX_DURATION_SECONDS),
    connections: values.connections
      .split(",")
      .map((part) => parseWholeNumber("--connections", part.trim(), 1, MAX_CONNECTIONS)),
    build: !values["no-build"],
    profile: !values["no-profile"],
    write: !values["no-write"],
    pagePath: values.page,
  };
}

/**
 * Returns the data-set sizes to measure lookup latency at: each step of SIZE_STEPS below the
 * full size, then the full size.
 */
export function sizeSteps(orders: number): number[] {
  return [...SIZE_STEPS.filter((step) => step < orders), orders];
}

function parseWholeNumber(flag: string, text: string, min: number, max: number): number {
  const value = Number(text.replace(/_/g, ""));
  if (!Number.isSafeInteger(value) || value < min || value > max) {
    throw new Error(
      `${flag} must be a whole number from ${min} to ${max}, got "${text}".\n\n${USAGE}`,
    );
  }
  return value;
}
