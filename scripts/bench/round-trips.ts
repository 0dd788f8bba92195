import { spawn } from "node:child_process";
import path from "node:path";

import { addDays, calendarDateIn, formatCalendarDate } from "@/lib/time/store-time";

import { onCleanup } from "./cleanup";
import { REFUND_REASON_ID, RETURN_COURIER_ID, RETURN_PICKUP_SLOT } from "./data/reference-data";
import type { ItemTarget, OrderCredentials } from "./data/sample-targets";
import {
  BULK_CANCELLATION_PATH,
  CANCELLATION_PATH,
  LOOKUP_PATH,
  cancellationBody,
} from "./requests";
import {
  RESULT_MARKER,
  type RoundTripInput,
  type RoundTripOutput,
  type RoundTripScenario,
} from "./round-trip-protocol";
import { DIST_DIR, QUIET_NEXT_ENV } from "./servers";

export const WARMUP_REQUESTS = 10;
const MEASURED_REQUESTS = 15;
const BULK_SIZE = 3;
const CHILD_TIMEOUT_MS = 3 * 60_000;

/** How many cancel targets countRoundTrips uses, so the caller can sample enough of them. */
export const CANCEL_TARGETS_NEEDED = (WARMUP_REQUESTS + MEASURED_REQUESTS) * (2 + BULK_SIZE);

/**
 * Builds the scenarios: a lookup, a single cancel request with and without an Idempotency-Key,
 * a single return request with a courier pickup, and a bulk request of BULK_SIZE cancels.
 * Every request proves its order with the email and number in the body.
 */
export function roundTripScenarios(targets: {
  lookups: readonly OrderCredentials[];
  cancels: readonly ItemTarget[];
  returns: readonly ItemTarget[];
}): RoundTripScenario[] {
  const count = WARMUP_REQUESTS + MEASURED_REQUESTS;
  const cancels = [...targets.cancels];
  const take = (n: number) => {
    if (cancels.length < n) throw new Error(`need ${CANCEL_TARGETS_NEEDED} cancel targets`);
    return cancels.splice(0, n);
  };
  const tomorrow = formatCalendarDate(addDays(calendarDateIn(new Date()), 1));

  return [
    {
      name: "lookup",
      path: LOOKUP_PATH,
      bodies: targets.lookups.slice(0, count).map((entry) => ({
        email: entry.email,
        order: entry.number,
      })),
      expectedStatus: 200,
    },
    {
      name: "cancellation request (cancel)",
      path: CANCELLATION_PATH,
      bodies: take(count).map(cancellationBody),
      expectedStatus: 200,
    },
    {
      name: "cancellation request (cancel, Idempotency-Key)",
      path: CANCELLATION_PATH,
      bodies: take(count).map(cancellationBody),
      expectedStatus: 200,
      idempotencyKeys: true,
    },
    {
      name: "cancellation request (return with pickup)",
      path: CANCELLATION_PATH,
      bodies: targets.returns.slice(0, count).map((target) => ({
        ...cancellationBody(target),
        reason: REFUND_REASON_ID,
        cancellation_type: "refund",
        shipping_company: RETURN_COURIER_ID,
        pickup_address: target.shippingAddressId,
        pickup_date: { date: tomorrow, hour_range: RETURN_PICKUP_SLOT },
      })),
      expectedStatus: 200,
    },
    {
      name: `bulk cancellation request (${BULK_SIZE} cancels)`,
      path: BULK_CANCELLATION_PATH,
      bodies: Array.from({ length: count }, () => ({
        cancel_order_items: take(BULK_SIZE).map(cancellationBody),
      })),
      expectedStatus: 201,
    },
  ];
}

/** Runs count-round-trips.ts in a child process against the built app and returns its counts. */
export function countRoundTrips(
  databaseUrl: string,
  appEnv: NodeJS.ProcessEnv,
  scenarios: RoundTripScenario[],
): Promise<RoundTripOutput> {
  const input: RoundTripInput = { warmupRequests: WARMUP_REQUESTS, scenarios };
  const child = spawn(
    process.execPath,
    ["--import", "tsx", path.join("scripts", "bench", "count-round-trips.ts")],
    {
      env: { ...appEnv, ...QUIET_NEXT_ENV, DATABASE_URL: databaseUrl, NEXT_DIST_DIR: DIST_DIR },
      stdio: ["pipe", "pipe", "pipe"],
    },
  );
  const forget = onCleanup("stop the round-trip counter", async () => {
    if (child.exitCode === null) child.kill("SIGKILL");
  });

  let stdout = "";
  let stderr = "";
  child.stdout.on("data", (chunk: Buffer) => (stdout += chunk.toString("utf8")));
  child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString("utf8")));
  child.stdin.end(JSON.stringify(input));

  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => child.kill("SIGKILL"), CHILD_TIMEOUT_MS);
    child.once("exit", (code, signal) => {
      clearTimeout(timer);
      void forget();
      const line = stdout.split("\n").find((entry) => entry.startsWith(RESULT_MARKER));
      if (code === 0 && line) {
        resolve(JSON.parse(line.slice(RESULT_MARKER.length)) as RoundTripOutput);
        return;
      }
      const tail = `${stdout}\n${stderr}`.trim().split("\n").slice(-30).join("\n");
      reject(
        new Error(`the round-trip counter failed (${signal ?? `exit code ${code}`}):\n${tail}`),
      );
    });
  });
}
