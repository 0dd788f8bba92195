// npm run bench: measures the guest order API against PostgreSQL on 127.0.0.1 and adds the
// results to docs/benchmarks.md. `npm run bench -- --help` lists the options.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";

import type pg from "pg";

import { connectBenchDatabase, createBenchDatabase, type BenchDatabase } from "./bench-database";
import { appendRunToPage } from "./benchmarks-page";
import { buildApp, ensurePrismaClient } from "./build-app";
import type { ServerProcess } from "./child-process";
import { describeError, onCleanup, runCleanup } from "./cleanup";
import { DataSetLoader } from "./data/data-set-loader";
import {
  cancelTargets,
  returnTargets,
  sampleLookupCredentials,
  type OrderCredentials,
} from "./data/sample-targets";
import { measureFirstLoadJs } from "./first-load-js";
import { measureInterleaved, measureSeries, type LoadTarget } from "./load-series";
import { describeCommand, describeMachine } from "./machine";
import { USAGE, parseBenchOptions, sizeSteps, type BenchOptions } from "./options";
import { profilePortal } from "./profile-portal";
import { progress, secondsSinceStart } from "./progress";
import { renderRun } from "./report";
import {
  NEXT_BASELINE_PATH,
  NODE_BASELINE_PATH,
  baselineLookupRequests,
  fetchCsrfToken,
  portalCancellationRequests,
  portalLookupRequests,
  type CsrfPair,
} from "./requests";
import type { BenchResults } from "./results";
import { CANCEL_TARGETS_NEEDED, countRoundTrips, roundTripScenarios } from "./round-trips";
import { DIST_DIR, portalEnv, startNodeBaseline, startPortal } from "./servers";

const LOOKUP_SAMPLE = 20_000;
const SIZE_SERIES_CONNECTIONS = 16;

interface Portal {
  server: ServerProcess;
  csrf: CsrfPair;
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const options = parseBenchOptions(args);
  if (options === "help") {
    console.log(USAGE);
    return;
  }

  const startedAt = new Date();
  const startLoadAverage = os.loadavg()[0] ?? Number.NaN;
  const machine = describeMachine();
  progress(
    `Benchmark of ${options.orders.toLocaleString("en-US")} orders, ${options.durationSeconds} s ` +
      `per measurement at ${options.connections.join(", ")} connections, on ${machine.cores} cores`,
  );

  if (await ensurePrismaClient()) progress("Generated the Prisma client");
  const buildSeconds = await buildUnlessSkipped(options);

  const database = await createBenchDatabase();
  progress(`Created and migrated database ${database.name}`);
  const client = await connectBenchDatabase(database);
  onCleanup("close the loader's connection", () => client.end());
  const loader = await DataSetLoader.open(client);

  const { portal, sizeSeries, loadSeconds } = await loadAndMeasureSizes(
    options,
    database,
    client,
    loader,
  );

  const credentials = await sampleLookupCredentials(client, options.orders, LOOKUP_SAMPLE);
  const lookup = await measureLookups(options, database, portal, credentials);
  sizeSeries.push({
    orders: options.orders,
    items: loader.items,
    result: lookup.portal16,
  });

  const cancels = await cancelTargets(client, options.orders);
  if (cancels.length < CANCEL_TARGETS_NEEDED) {
    throw new Error(`--orders is too small: ${CANCEL_TARGETS_NEEDED} cancel targets are needed`);
  }
  const cancelRequests: LoadTarget = {
    label: "Single cancellation request",
    url: portal.server.url,
    serverPid: portal.server.child.pid,
    requestsFor: (index, count) => portalCancellationRequests(cancels, portal.csrf, index, count),
  };
  const cancellation = await measureSeries(cancelRequests, seriesTiming(options));
  reportServerOutput(portal.server.recentOutput);
  await portal.server.stop();

  progress("Counting SQL round trips per request");
  const roundTrips = await countRoundTrips(
    database.url,
    portalEnv(database.url),
    roundTripScenarios({
      lookups: credentials,
      // From the end of the list: the load above cancelled units of the first items most.
      cancels: cancels.slice().reverse(),
      returns: await returnTargets(client, options.orders),
    }),
  );

  const profiles = options.profile
    ? await profilePortal({
        databaseUrl: database.url,
        durationSeconds: options.durationSeconds,
        warmupSeconds: options.warmupSeconds,
        endpoints: [
          {
            label: "lookup",
            requestsFor: (index, count) =>
              portalLookupRequests(credentials, portal.csrf, index, count),
          },
          { label: "single cancellation request", requestsFor: cancelRequests.requestsFor },
        ],
      })
    : [];

  const results: BenchResults = {
    startedAt,
    command: describeCommand(args),
    machine,
    postgresVersion: await queryValue(client, "SHOW server_version"),
    loadAverage: { start: startLoadAverage, end: os.loadavg()[0] ?? Number.NaN },
    durationSeconds: options.durationSeconds,
    buildSeconds,
    totalSeconds: secondsSinceStart(),
    dataSet: {
      orders: loader.orders,
      items: loader.items,
      loadSeconds,
      databaseBytes: Number(
        await queryValue(client, "SELECT pg_database_size(current_database())"),
      ),
    },
    lookup: { portal: lookup.portal, nextRoute: lookup.nextRoute, nodeHttp: lookup.nodeHttp },
    cancellation,
    roundTrips: roundTrips.scenarios,
    sizeSeries,
    firstLoadJs: measureFirstLoadJs(DIST_DIR),
    profiles,
  };

  const markdown = renderRun(results);
  console.log(`\n${markdown}\n`);
  if (options.write) {
    await appendRunToPage(options.pagePath, markdown);
    progress(`Added the results to ${options.pagePath}`);
  }
}

async function buildUnlessSkipped(options: BenchOptions): Promise<number | undefined> {
  if (!options.build) {
    if (!fs.existsSync(path.join(DIST_DIR, "BUILD_ID"))) {
      throw new Error(`--no-build needs an existing build in ${DIST_DIR}; run without it once.`);
    }
    progress(`Using the existing build in ${DIST_DIR}`);
    return undefined;
  }
  progress(`Building the app into ${DIST_DIR}`);
  const seconds = await buildApp();
  progress(`Built the app in ${seconds.toFixed(1)} s`);
  return seconds;
}

/**
 * Loads the data set in steps (10,000 orders, 100,000, …) and measures the lookup at 16
 * connections after each step below the full size. The full size is measured later, with the
 * baselines. Starts the portal after the first step.
 */
async function loadAndMeasureSizes(
  options: BenchOptions,
  database: BenchDatabase,
  client: pg.Client,
  loader: DataSetLoader,
): Promise<{ portal: Portal; sizeSeries: BenchResults["sizeSeries"]; loadSeconds: number }> {
  const sizeSeries: BenchResults["sizeSeries"] = [];
  let loadSeconds = 0;
  let portal: Portal | undefined;

  for (const step of sizeSteps(options.orders)) {
    progress(`Loading orders up to ${step.toLocaleString("en-US")}`);
    loadSeconds += (await loader.growTo(step, progress)).seconds;
    progress(
      `Loaded ${step.toLocaleString("en-US")} orders, ${loader.items.toLocaleString("en-US")} items`,
    );

    if (!portal) {
      const server = await startPortal(database.url);
      portal = { server, csrf: await fetchCsrfToken(server.url) };
      progress(`Started the portal on ${server.url}`);
    }
    if (step === options.orders) break;

    const credentials = await sampleLookupCredentials(client, step, LOOKUP_SAMPLE);
    const [result] = await measureSeries(portalLookups(portal, credentials), {
      ...seriesTiming(options),
      connections: [SIZE_SERIES_CONNECTIONS],
    });
    if (result) sizeSeries.push({ orders: step, items: loader.items, result });
  }

  if (!portal) throw new Error("the portal was not started");
  return { portal, sizeSeries, loadSeconds };
}

/** Measures the portal's lookup and both baselines, interleaved per connection count. */
async function measureLookups(
  options: BenchOptions,
  database: BenchDatabase,
  portal: Portal,
  credentials: readonly OrderCredentials[],
) {
  const nodeBaseline = await startNodeBaseline(database.url);
  progress(`Started the node:http baseline on ${nodeBaseline.url}`);

  const timing = seriesTiming(options);
  if (!timing.connections.includes(SIZE_SERIES_CONNECTIONS)) {
    timing.connections = [...timing.connections, SIZE_SERIES_CONNECTIONS];
  }
  const [portalResults = [], nextRoute = [], nodeHttp = []] = await measureInterleaved(
    [
      portalLookups(portal, credentials),
      {
        label: "Lookup, minimal Next.js route",
        url: portal.server.url,
        serverPid: portal.server.child.pid,
        requestsFor: (index, count) =>
          baselineLookupRequests(NEXT_BASELINE_PATH, credentials, index, count),
      },
      {
        label: "Lookup, node:http",
        url: nodeBaseline.url,
        serverPid: nodeBaseline.child.pid,
        requestsFor: (index, count) =>
          baselineLookupRequests(NODE_BASELINE_PATH, credentials, index, count),
      },
    ],
    timing,
  );
  await nodeBaseline.stop();

  const portal16 = portalResults.find((result) => result.connections === SIZE_SERIES_CONNECTIONS);
  if (!portal16) throw new Error("the lookup was not measured at 16 connections");
  // A connection count added only for the size series stays out of the lookup tables.
  const requested = (result: { connections: number }) =>
    options.connections.includes(result.connections);
  return {
    portal: portalResults.filter(requested),
    nextRoute: nextRoute.filter(requested),
    nodeHttp: nodeHttp.filter(requested),
    portal16,
  };
}

function portalLookups(portal: Portal, credentials: readonly OrderCredentials[]): LoadTarget {
  return {
    label: "Lookup, portal",
    url: portal.server.url,
    serverPid: portal.server.child.pid,
    requestsFor: (index, count) => portalLookupRequests(credentials, portal.csrf, index, count),
  };
}

function seriesTiming(options: BenchOptions) {
  return {
    connections: [...options.connections],
    durationSeconds: options.durationSeconds,
    warmupSeconds: options.warmupSeconds,
  };
}

/**
 * Prints what the portal logged after it was ready (its log level is warn), which a clean
 * run leaves empty.
 */
function reportServerOutput(lines: readonly string[]): void {
  const ready = lines.findIndex((line) => line.startsWith("Guest order portal ready"));
  const logged = lines.slice(ready + 1);
  if (logged.length === 0) return;
  progress("The portal logged these lines under load (at most the last 40):");
  for (const line of logged) console.log(`  ${line}`);
}

async function queryValue(client: pg.Client, sql: string): Promise<string> {
  const result = await client.query<Record<string, unknown>>(sql);
  return String(Object.values(result.rows[0] ?? {})[0] ?? "unknown");
}

let interrupted = false;
for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.on(signal, () => {
    if (interrupted) return;
    interrupted = true;
    progress(`${signal} received: stopping everything the benchmark started`);
    void runCleanup().finally(() => process.exit(130));
  });
}

main()
  .catch((error: unknown) => {
    process.exitCode = 1;
    console.error(`\nBenchmark failed: ${describeError(error)}`);
  })
  .finally(async () => {
    await runCleanup();
    // Pools and sockets of libraries that did not close cleanly must not keep the run alive.
    process.exit();
  });
