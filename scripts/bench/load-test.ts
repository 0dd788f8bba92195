import autocannon, { type AutocannonRequest } from "autocannon";

import { onCleanup } from "./cleanup";
import { processCpuMs } from "./process-cpu";
import { percentile } from "./stats";

export interface LoadResult {
  connections: number;
  seconds: number;
  /** Responses received, whatever their status. */
  responses: number;
  requestsPerSecond: number;
  /** Latency percentiles of 2xx responses, in milliseconds. */
  p50: number;
  p99: number;
  /** Connection errors and timeouts. */
  errors: number;
  non2xx: number;
  /** Response count per status code, for example { "200": 1234 }. */
  statusCounts: Record<string, number>;
  /** Mean size of a 2xx response including headers, in bytes. */
  meanResponseBytes: number;
  /**
   * CPU time the server process used per response, in milliseconds; NaN when not measured.
   * Other processes on the machine barely change it, unlike throughput.
   */
  serverCpuMsPerRequest: number;
}

export interface LoadOptions {
  url: string;
  connections: number;
  durationSeconds: number;
  /**
   * The requests connection `index` (of `connections`) sends in a loop. Giving each connection
   * its own slice spreads the load over many orders without building a request per send.
   */
  requestsFor: (index: number, connections: number) => AutocannonRequest[];
  /** The server's process id, to measure its CPU time (Linux only). */
  serverPid?: number;
}

const REQUEST_TIMEOUT_SECONDS = 10;

/** Runs autocannon against one URL and summarizes the responses it got. */
export function runLoad(options: LoadOptions): Promise<LoadResult> {
  const latencies: number[] = [];
  let okBytes = 0;
  let nextClient = 0;
  const cpuBefore = processCpuMs(options.serverPid);

  return new Promise((resolve, reject) => {
    const instance = autocannon(
      {
        url: options.url,
        connections: options.connections,
        duration: options.durationSeconds,
        timeout: REQUEST_TIMEOUT_SECONDS,
        setupClient: (client) => {
          const index = nextClient % options.connections;
          nextClient += 1;
          client.setRequests(options.requestsFor(index, options.connections));
        },
      },
      (error, result) => {
        void forget();
        if (error) {
          reject(error);
          return;
        }
        const statusCounts = Object.fromEntries(
          Object.entries(result.statusCodeStats).map(([code, stats]) => [code, stats.count]),
        );
        const responses = Object.values(statusCounts).reduce((sum, count) => sum + count, 0);
        const cpuAfter = processCpuMs(options.serverPid);
        const cpuMs =
          cpuBefore === undefined || cpuAfter === undefined ? Number.NaN : cpuAfter - cpuBefore;
        resolve({
          connections: options.connections,
          seconds: result.duration,
          responses,
          requestsPerSecond: responses / result.duration,
          p50: percentile(latencies, 50),
          p99: percentile(latencies, 99),
          errors: result.errors + result.timeouts,
          non2xx: result.non2xx,
          statusCounts,
          meanResponseBytes: latencies.length > 0 ? okBytes / latencies.length : Number.NaN,
          serverCpuMsPerRequest: responses > 0 ? cpuMs / responses : Number.NaN,
        });
      },
    );

    instance.on("response", (_client, statusCode, resBytes, responseTime) => {
      if (statusCode < 200 || statusCode >= 300) return;
      latencies.push(responseTime);
      okBytes += resBytes;
    });
    const forget = onCleanup("stop the load generator", async () => instance.stop());
  });
}
