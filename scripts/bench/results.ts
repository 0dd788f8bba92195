import type { PageWeight } from "./first-load-js";
import type { LoadResult } from "./load-test";
import type { MachineInfo } from "./machine";
import type { ProfiledEndpoint } from "./profile-portal";
import type { ScenarioMeasurement } from "./round-trip-protocol";

/** Everything one benchmark run measured, as the report renders it. */
export interface BenchResults {
  startedAt: Date;
  command: string;
  machine: MachineInfo;
  postgresVersion: string;
  /** One-minute load averages when the run started and ended; other processes raise them. */
  loadAverage: { start: number; end: number };
  durationSeconds: number;
  /** Seconds `next build` took; undefined with --no-build. */
  buildSeconds: number | undefined;
  totalSeconds: number;
  dataSet: {
    orders: number;
    items: number;
    loadSeconds: number;
    databaseBytes: number;
  };
  lookup: {
    portal: LoadResult[];
    nextRoute: LoadResult[];
    nodeHttp: LoadResult[];
  };
  cancellation: LoadResult[];
  roundTrips: ScenarioMeasurement[];
  sizeSeries: Array<{ orders: number; items: number; result: LoadResult }>;
  firstLoadJs: PageWeight[];
  /** Empty with --no-profile. */
  profiles: ProfiledEndpoint[];
}
