import type { AutocannonRequest } from "autocannon";

import { runLoad, type LoadResult } from "./load-test";
import { progress } from "./progress";
import { formatCount, formatMilliseconds } from "./stats";

/** A server endpoint under load and the requests each connection sends to it. */
export interface LoadTarget {
  label: string;
  url: string;
  requestsFor: (index: number, connections: number) => AutocannonRequest[];
  /** The server's process id, to measure its CPU time per request. */
  serverPid?: number;
}

export interface SeriesTiming {
  connections: readonly number[];
  durationSeconds: number;
  warmupSeconds: number;
}

/** Checks one request, warms the target up, then measures it at each connection count. */
export async function measureSeries(
  target: LoadTarget,
  timing: SeriesTiming,
): Promise<LoadResult[]> {
  const [results] = await measureInterleaved([target], timing);
  return results ?? [];
}

/**
 * Measures several targets at each connection count in turn (A, B, C at 1 connection, then
 * A, B, C at 16, …), so each comparison is between runs minutes apart at most, which matters
 * when other processes share the machine. Returns the results per target, in target order.
 */
export async function measureInterleaved(
  targets: readonly LoadTarget[],
  timing: SeriesTiming,
): Promise<LoadResult[][]> {
  const widest = Math.max(...timing.connections);
  for (const target of targets) {
    await verifyOneRequest(target);
    if (timing.warmupSeconds > 0) {
      progress(`${target.label}: warming up for ${timing.warmupSeconds} s`);
      await runLoad({ ...target, connections: widest, durationSeconds: timing.warmupSeconds });
    }
  }

  const results: LoadResult[][] = targets.map(() => []);
  for (const connections of timing.connections) {
    for (const [index, target] of targets.entries()) {
      const result = await runLoad({
        ...target,
        connections,
        durationSeconds: timing.durationSeconds,
      });
      progress(describeResult(target.label, result));
      results[index]?.push(result);
    }
  }
  return results;
}

function describeResult(label: string, result: LoadResult): string {
  const failures =
    result.errors + result.non2xx > 0
      ? `, ${result.errors} errors, statuses ${JSON.stringify(result.statusCounts)}`
      : "";
  return (
    `${label}, ${result.connections} connections: ${formatCount(result.requestsPerSecond)} ` +
    `requests/s, p50 ${formatMilliseconds(result.p50)}, p99 ${formatMilliseconds(result.p99)}, ` +
    `server CPU ${formatMilliseconds(result.serverCpuMsPerRequest)} per request` +
    failures
  );
}

/** Sends connection 0's first request once and throws unless the response is 2xx. */
async function verifyOneRequest(target: LoadTarget): Promise<void> {
  const [request] = target.requestsFor(0, 1);
  if (!request) throw new Error(`${target.label}: there is no request to send`);

  const response = await fetch(`${target.url}${request.path ?? "/"}`, {
    method: request.method ?? "GET",
    headers: request.headers,
    body: request.body,
    signal: AbortSignal.timeout(15_000),
  });
  const text = await response.text();
  if (response.status < 200 || response.status >= 300) {
    throw new Error(
      `${target.label}: a sample request returned ${response.status}, expected 2xx: ${text.slice(0, 500)}`,
    );
  }
}
