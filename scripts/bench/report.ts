import type { LoadResult } from "./load-test";
import { markdownTable, type TableColumn } from "./markdown";
import type { BenchResults } from "./results";
import { WARMUP_REQUESTS } from "./round-trips";
import { atConnections, evaluateTargets } from "./targets";
import {
  formatBytes,
  formatCount,
  formatMilliseconds,
  formatRatio,
  formatSeconds,
  ratio,
} from "./stats";

const LOAD_COLUMNS: TableColumn[] = [
  { header: "Connections", align: "right" },
  { header: "Requests/s", align: "right" },
  { header: "p50", align: "right" },
  { header: "p99", align: "right" },
  { header: "Errors", align: "right" },
  { header: "Non-2xx", align: "right" },
  { header: "Response size", align: "right" },
  { header: "Server CPU per request", align: "right" },
];

/** Renders one run as a Markdown section headed by its date and commit. */
export function renderRun(results: BenchResults): string {
  const date = results.startedAt.toISOString().slice(0, 16).replace("T", " ");
  return [
    `### ${date} UTC · ${results.machine.commit}`,
    renderSummary(results),
    "#### Targets",
    renderTargets(results),
    "#### Lookup: POST /users/orders/anonymous/",
    renderLookup(results),
    "#### Lookup as ratios of the baselines",
    renderLookupRatios(results),
    "#### Single cancellation request: POST /users/orders/anonymous/cancellation_requests/",
    "One unit of an approved item with 1,000,000 units per request, proved by the order's " +
      "email and number in the body; requests rotate over every such item.",
    markdownTable(LOAD_COLUMNS, results.cancellation.map(loadRow)),
    "#### SQL round trips per request",
    renderRoundTrips(results),
    "#### Lookup latency by data-set size (16 connections)",
    renderSizeSeries(results),
    "#### First-load JavaScript per page",
    renderFirstLoadJs(results),
    ...renderProfiles(results),
  ].join("\n\n");
}

function renderSummary(results: BenchResults): string {
  const { machine, dataSet } = results;
  const memory = `${(machine.memoryBytes / 2 ** 30).toFixed(1)} GiB`;
  const build =
    results.buildSeconds === undefined
      ? "skipped (--no-build)"
      : formatSeconds(results.buildSeconds);
  return [
    `- Command: \`${results.command}\``,
    `- Machine: ${machine.cores} cores (${machine.cpuModel}), ${memory} memory, ` +
      `${machine.platform}; Node ${machine.nodeVersion}; PostgreSQL ${results.postgresVersion}`,
    `- Data set: ${formatCount(dataSet.orders)} guest orders with ${formatCount(dataSet.items)} ` +
      `items, loaded in ${formatSeconds(dataSet.loadSeconds)} ` +
      `(database ${formatBytes(dataSet.databaseBytes)})`,
    `- Load: ${results.durationSeconds} s per measurement; build ${build}; ` +
      `whole run ${formatSeconds(results.totalSeconds)}`,
    `- One-minute load average: ${results.loadAverage.start.toFixed(1)} at the start, ` +
      `${results.loadAverage.end.toFixed(1)} at the end (above ${machine.cores} means other ` +
      "processes competed for the cores)",
  ].join("\n");
}

function renderTargets(results: BenchResults): string {
  const rows = evaluateTargets(results).map((row) => [
    row.target,
    row.goal,
    row.measured,
    describeStatus(row.met),
  ]);
  return markdownTable(
    [{ header: "Target" }, { header: "Goal" }, { header: "Measured" }, { header: "Status" }],
    rows,
  );
}

function describeStatus(met: boolean | undefined): string {
  if (met === undefined) return "not measured";
  return met ? "met" : "not met";
}

function renderLookup(results: BenchResults): string {
  const servers = [
    { name: "portal (full lookup)", runs: results.lookup.portal },
    { name: "minimal Next.js route + pg", runs: results.lookup.nextRoute },
    { name: "node:http + pg", runs: results.lookup.nodeHttp },
  ];
  const rows = servers.flatMap((server) =>
    server.runs.map((run) => [server.name, ...loadRow(run)]),
  );
  return markdownTable([{ header: "Server" }, ...LOAD_COLUMNS], rows);
}

function renderLookupRatios(results: BenchResults): string {
  const rows = results.lookup.portal.map((portal) => {
    const floor = atConnections(results.lookup.nextRoute, portal.connections);
    const machine = atConnections(results.lookup.nodeHttp, portal.connections);
    return [
      String(portal.connections),
      formatRatio(ratio(portal.requestsPerSecond, floor?.requestsPerSecond ?? NaN)),
      formatRatio(ratio(portal.requestsPerSecond, machine?.requestsPerSecond ?? NaN)),
      formatRatio(ratio(portal.p99, floor?.p99 ?? NaN)),
      formatRatio(ratio(portal.p99, machine?.p99 ?? NaN)),
      formatRatio(ratio(portal.serverCpuMsPerRequest, floor?.serverCpuMsPerRequest ?? NaN)),
      formatRatio(ratio(portal.serverCpuMsPerRequest, machine?.serverCpuMsPerRequest ?? NaN)),
    ];
  });
  return markdownTable(
    [
      { header: "Connections", align: "right" },
      { header: "Throughput vs Next.js route", align: "right" },
      { header: "Throughput vs node:http", align: "right" },
      { header: "p99 vs Next.js route", align: "right" },
      { header: "p99 vs node:http", align: "right" },
      { header: "CPU per request vs Next.js route", align: "right" },
      { header: "CPU per request vs node:http", align: "right" },
    ],
    rows,
  );
}

function renderRoundTrips(results: BenchResults): string {
  const rows = results.roundTrips.map((scenario) => {
    if ("error" in scenario) return [scenario.name, `failed: ${scenario.error}`];
    const statements = Object.entries(scenario.statementsPerRequest)
      .map(([kind, count]) => `${kind} ×${Number.isInteger(count) ? count : count.toFixed(2)}`)
      .join("; ");
    return [
      scenario.name,
      `${scenario.prismaQueries.median} (max ${scenario.prismaQueries.max})`,
      `${scenario.wireStatements.median} (max ${scenario.wireStatements.max})`,
      formatMilliseconds(scenario.medianTotalMs),
      formatMilliseconds(scenario.medianSqlMs),
      statements,
    ];
  });
  const perScenario = results.roundTrips.find((scenario) => !("error" in scenario));
  const requestCount = perScenario && !("error" in perScenario) ? perScenario.requests : "several";
  return [
    "Counted on real requests sent one at a time to the built app, over " +
      `${requestCount} requests each. Prisma queries are Prisma's query events; wire statements are what the ` +
      "pg connections sent, transaction control (BEGIN, COMMIT) included. SQL time is the sum " +
      "of the durations Prisma reports, each the time spent inside one pg driver call. The " +
      "server runs in the counting process with query logging on and only " +
      `${WARMUP_REQUESTS} warm-up requests, so its times are higher than under load.`,
    markdownTable(
      [
        { header: "Request" },
        { header: "Prisma queries", align: "right" },
        { header: "Wire statements", align: "right" },
        { header: "Time (median)", align: "right" },
        { header: "SQL time (median)", align: "right" },
        { header: "Statements per request" },
      ],
      rows,
    ),
  ].join("\n\n");
}

function renderSizeSeries(results: BenchResults): string {
  const rows = results.sizeSeries.map(({ orders, items, result }) => [
    formatCount(orders),
    formatCount(items),
    formatCount(result.requestsPerSecond),
    formatMilliseconds(result.p50),
    formatMilliseconds(result.p99),
    formatCount(result.errors + result.non2xx),
  ]);
  return markdownTable(
    [
      { header: "Orders", align: "right" },
      { header: "Items", align: "right" },
      { header: "Requests/s", align: "right" },
      { header: "p50", align: "right" },
      { header: "p99", align: "right" },
      { header: "Failed", align: "right" },
    ],
    rows,
  );
}

function renderFirstLoadJs(results: BenchResults): string {
  const rows = results.firstLoadJs.map((page) => [
    page.route,
    String(page.files),
    formatBytes(page.gzipBytes),
    formatBytes(page.rawBytes),
    formatBytes(page.cssGzipBytes),
  ]);
  return markdownTable(
    [
      { header: "Page" },
      { header: "JS files", align: "right" },
      { header: "JS (gzip)", align: "right" },
      { header: "JS (raw)", align: "right" },
      { header: "CSS (gzip)", align: "right" },
    ],
    rows,
  );
}

function renderProfiles(results: BenchResults): string[] {
  if (results.profiles.length === 0) return [];

  const categories = [
    ...new Set(results.profiles.flatMap((entry) => entry.profile.categories.map((c) => c.name))),
  ];
  const shareOf = (index: number, name: string) =>
    results.profiles[index]?.profile.categories.find((category) => category.name === name)?.share;
  const categoryRows = categories.map((name) => [
    name,
    ...results.profiles.map((_, index) => formatShare(shareOf(index, name))),
  ]);

  const sections = [
    "#### Where the portal's CPU time goes",
    "Self time by part of the stack, as a share of the time the portal process was busy, from " +
      "`node --cpu-prof` on a separate portal, counting only the " +
      `${results.durationSeconds} s of load at 16 connections that followed the warm-up. ` +
      results.profiles
        .map(
          (entry) =>
            `${entry.label}: ${formatCount(entry.load.requestsPerSecond)} requests/s while ` +
            `profiled, ${formatSeconds(entry.profile.busyMs / 1000)} busy, ` +
            `${formatSeconds(entry.profile.idleMs / 1000)} idle.`,
        )
        .join(" "),
    markdownTable(
      [
        { header: "Part of the stack" },
        ...results.profiles.map((entry) => ({ header: entry.label, align: "right" as const })),
      ],
      categoryRows,
    ),
  ];
  for (const entry of results.profiles) {
    sections.push(
      `Functions with the most self time, ${entry.label}:`,
      markdownTable(
        [{ header: "Function" }, { header: "Source" }, { header: "Share", align: "right" }],
        entry.profile.functions.map((fn) => [`\`${fn.name}\``, fn.location, formatShare(fn.share)]),
      ),
    );
  }
  return sections;
}

function formatShare(share: number | undefined): string {
  return share === undefined ? "–" : `${(share * 100).toFixed(1)} %`;
}

function loadRow(run: LoadResult): string[] {
  return [
    String(run.connections),
    formatCount(run.requestsPerSecond),
    formatMilliseconds(run.p50),
    formatMilliseconds(run.p99),
    formatCount(run.errors),
    formatCount(run.non2xx),
    formatBytes(run.meanResponseBytes),
    formatMilliseconds(run.serverCpuMsPerRequest),
  ];
}
