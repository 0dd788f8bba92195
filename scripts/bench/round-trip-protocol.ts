// The JSON that the benchmark and its round-trip counting child (count-round-trips.ts)
// exchange over stdin and stdout.

export const RESULT_MARKER = "ROUND_TRIPS_RESULT ";

export interface RoundTripScenario {
  name: string;
  path: string;
  /** One body per request, sent in order; the first `warmupRequests` are not measured. */
  bodies: unknown[];
  expectedStatus: number;
  /** Send a fresh Idempotency-Key header with every request. */
  idempotencyKeys?: boolean;
}

export interface RoundTripInput {
  warmupRequests: number;
  scenarios: RoundTripScenario[];
}

export interface CountSummary {
  median: number;
  max: number;
}

export type ScenarioMeasurement =
  | {
      name: string;
      requests: number;
      /** Statements Prisma reported through its query events. */
      prismaQueries: CountSummary;
      /** Statements the pg connections sent, transaction control (BEGIN, COMMIT) included. */
      wireStatements: CountSummary;
      /** One request at a time: from sending to the last byte of the response. */
      medianTotalMs: number;
      /** The durations Prisma reported for the request's statements, summed. */
      medianSqlMs: number;
      /** Mean number of statements of each kind per request, such as "INSERT INTO …": 1. */
      statementsPerRequest: Record<string, number>;
    }
  | { name: string; error: string };

export interface RoundTripOutput {
  scenarios: ScenarioMeasurement[];
}
