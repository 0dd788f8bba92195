import fs from "node:fs";
import { SourceMap } from "node:module";
import path from "node:path";
import { fileURLToPath } from "node:url";

/** The parts of a V8 .cpuprofile file (as written by node --cpu-prof) that are read here. */
export interface CpuProfile {
  nodes: Array<{
    id: number;
    callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number };
  }>;
  /** Microseconds of the system's monotonic clock, the one process.hrtime() reads. */
  startTime: number;
  samples: number[];
  timeDeltas: number[];
}

/** A stretch of the monotonic clock, in microseconds (process.hrtime.bigint() / 1000n). */
export interface TimeWindow {
  fromMicros: number;
  toMicros: number;
}

export interface ProfileSummary {
  /** Sampled time the process spent running, in milliseconds. */
  busyMs: number;
  idleMs: number;
  /** Self time per category, largest first, as a share of busy time (0–1). */
  categories: Array<{ name: string; share: number }>;
  /** Functions with the most self time, largest first. */
  functions: Array<{ name: string; location: string; share: number }>;
}

export type SourceResolver = (url: string, line: number, column: number) => string | undefined;

const TOP_FUNCTIONS = 12;

/**
 * Sums a profile's self time per category and per function, counting only samples inside
 * `window` when one is given. `resolveSource` maps a frame of bundled code to its original
 * file (relative to the project), so time inside the Next.js server bundle is charged to the
 * package or project file it came from.
 */
export function summarizeCpuProfile(
  profile: CpuProfile,
  resolveSource: SourceResolver,
  window?: TimeWindow,
): ProfileSummary {
  const selfTime = new Map<number, number>();
  let sampledAt = profile.startTime;
  profile.samples.forEach((nodeId, index) => {
    const delta = profile.timeDeltas[index] ?? 0;
    sampledAt += delta;
    if (window && (sampledAt < window.fromMicros || sampledAt > window.toMicros)) return;
    selfTime.set(nodeId, (selfTime.get(nodeId) ?? 0) + delta);
  });

  let idleMicros = 0;
  const byCategory = new Map<string, number>();
  const byFunction = new Map<string, { name: string; location: string; micros: number }>();
  for (const node of profile.nodes) {
    const micros = selfTime.get(node.id) ?? 0;
    if (micros === 0) continue;
    const frame = node.callFrame;
    if (frame.functionName === "(idle)") {
      idleMicros += micros;
      continue;
    }

    const source = frame.url
      ? (resolveSource(frame.url, frame.lineNumber, frame.columnNumber) ?? displayUrl(frame.url))
      : "";
    const category = categorize(frame.functionName, frame.url, source);
    byCategory.set(category, (byCategory.get(category) ?? 0) + micros);

    const name = frame.functionName || "(anonymous)";
    const location = source || "(native)";
    const key = `${name}\u0000${location}`;
    const entry = byFunction.get(key) ?? { name, location, micros: 0 };
    entry.micros += micros;
    byFunction.set(key, entry);
  }

  const busyMicros = [...byCategory.values()].reduce((sum, micros) => sum + micros, 0);
  const share = (micros: number) => (busyMicros > 0 ? micros / busyMicros : 0);
  return {
    busyMs: busyMicros / 1000,
    idleMs: idleMicros / 1000,
    categories: [...byCategory]
      .map(([name, micros]) => ({ name, share: share(micros) }))
      .sort((a, b) => b.share - a.share),
    functions: [...byFunction.values()]
      .sort((a, b) => b.micros - a.micros)
      .slice(0, TOP_FUNCTIONS)
      .map((entry) => ({ name: entry.name, location: entry.location, share: share(entry.micros) })),
  };
}

const PACKAGE_CATEGORIES: Array<[RegExp, string]> = [
  [/^@prisma\//, "Prisma client runtime (JS)"],
  [/^(next|react|react-dom|react-server-dom-[\w-]+|scheduler)$/, "Next.js and React"],
  [/^(pg|pg-[\w-]+|postgres-[\w-]+)$/, "pg driver"],
  [/^(next-intl|use-intl|intl-messageformat|@formatjs\/.+)$/, "next-intl and ICU messages"],
  [/^zod$/, "zod"],
  [/^(pino|sonic-boom|thread-stream|fast-redact|@pinojs\/.+)$/, "pino"],
];

/** Names the part of the stack a frame belongs to, from its function name, URL and source. */
export function categorize(functionName: string, url: string, source: string): string {
  if (functionName === "(garbage collector)") return "garbage collection";
  if (url.startsWith("wasm://")) return "Prisma query compiler (Wasm)";
  if (!url) return "V8 and native code";
  if (url.startsWith("node:")) return "Node.js core (HTTP, streams, crypto)";

  const packageName = /(?:^|\/)node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(source)?.[1];
  if (packageName) {
    const match = PACKAGE_CATEGORIES.find(([pattern]) => pattern.test(packageName));
    return match ? match[1] : "other packages";
  }
  if (/^(app|lib|components|i18n)\//.test(source)) return "portal code (app/, lib/)";
  if (source.includes("/server/chunks/") || source.includes("/chunks/")) {
    return "Next.js server bundle (no source map entry)";
  }
  return "other";
}

/**
 * Resolves frames of bundled files through the source map beside each file (file.js.map),
 * giving paths relative to `projectDir`. Maps are read once per file.
 */
export function sourceMapResolver(projectDir: string): SourceResolver {
  const maps = new Map<string, SourceMap | null>();
  return (url, line, column) => {
    if (!url.startsWith("file://")) return undefined;
    const file = fileURLToPath(url);
    if (!maps.has(file)) maps.set(file, loadSourceMap(file));
    const map = maps.get(file);
    const entry = map?.findEntry(line, column);
    if (!entry || !("originalSource" in entry) || !entry.originalSource) return undefined;

    const original = path.resolve(path.dirname(file), decodeSourcePath(entry.originalSource));
    return `${path.relative(projectDir, original)}:${entry.originalLine + 1}`;
  };
}

/** Decodes escapes such as "%40" for "@", which Turbopack writes in package paths. */
function decodeSourcePath(source: string): string {
  try {
    return decodeURIComponent(source);
  } catch {
    return source;
  }
}

function loadSourceMap(file: string): SourceMap | null {
  try {
    return new SourceMap(JSON.parse(fs.readFileSync(`${file}.map`, "utf8")));
  } catch {
    return null;
  }
}

function displayUrl(url: string): string {
  if (!url.startsWith("file://")) return url;
  return path.relative(process.cwd(), fileURLToPath(url));
}
