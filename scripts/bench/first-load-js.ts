import fs from "node:fs";
import path from "node:path";
import vm from "node:vm";
import { gzipSync } from "node:zlib";

export interface PageWeight {
  route: string;
  /** JavaScript files the browser loads for the page's first view. */
  files: number;
  rawBytes: number;
  gzipBytes: number;
  cssGzipBytes: number;
}

interface ClientReferenceManifest {
  entryJSFiles?: Record<string, string[]>;
  entryCSSFiles?: Record<string, Array<string | { path: string }>>;
}

// Next.js 16 with Turbopack prints no sizes after `next build`, so the weights are computed
// from the build output. A page's first load is the root main files of build-manifest.json
// plus the entry chunks its client reference manifest lists for the root layout, any nested
// layouts and the page itself. The built-in global error boundary is left out: it loads only
// after an error. Polyfills are left out too, since browsers with ES modules skip them.
const GLOBAL_ERROR_ENTRY = "builtin/global-error";
const HIDDEN_ROUTES = new Set(["/_global-error"]);

/** Computes the first-load JavaScript of every page in a Next.js build folder. */
export function measureFirstLoadJs(distDir: string): PageWeight[] {
  const buildManifest = readJson<{ rootMainFiles?: string[] }>(
    path.join(distDir, "build-manifest.json"),
  );
  const routes = readJson<Record<string, string>>(
    path.join(distDir, "app-path-routes-manifest.json"),
  );
  const sizes = new ChunkSizes(distDir);

  const weights: PageWeight[] = [];
  for (const [entry, route] of Object.entries(routes)) {
    if (!entry.endsWith("/page") || HIDDEN_ROUTES.has(route)) continue;

    const manifest = readClientReferenceManifest(distDir, entry);
    const jsFiles = new Set(buildManifest.rootMainFiles ?? []);
    const cssFiles = new Set<string>();
    for (const [segment, files] of Object.entries(manifest.entryJSFiles ?? {})) {
      if (!segment.includes(GLOBAL_ERROR_ENTRY)) files.forEach((file) => jsFiles.add(file));
    }
    for (const [segment, files] of Object.entries(manifest.entryCSSFiles ?? {})) {
      if (segment.includes(GLOBAL_ERROR_ENTRY)) continue;
      files.forEach((file) => cssFiles.add(typeof file === "string" ? file : file.path));
    }

    weights.push({
      route,
      files: jsFiles.size,
      rawBytes: sum([...jsFiles].map((file) => sizes.raw(file))),
      gzipBytes: sum([...jsFiles].map((file) => sizes.gzip(file))),
      cssGzipBytes: sum([...cssFiles].map((file) => sizes.gzip(file))),
    });
  }
  return weights.sort((a, b) => a.route.localeCompare(b.route));
}

/**
 * Reads server/app/<entry>_client-reference-manifest.js. The file is a script that assigns
 * the manifest to globalThis.__RSC_MANIFEST, so it runs in an empty VM context. It is this
 * project's own build output.
 */
function readClientReferenceManifest(distDir: string, entry: string): ClientReferenceManifest {
  const file = path.join(distDir, "server", "app", `${entry}_client-reference-manifest.js`);
  if (!fs.existsSync(file)) return {};

  const context: { __RSC_MANIFEST?: Record<string, ClientReferenceManifest> } = {};
  vm.runInNewContext(fs.readFileSync(file, "utf8"), context, { timeout: 1000 });
  return context.__RSC_MANIFEST?.[entry] ?? {};
}

class ChunkSizes {
  private readonly cache = new Map<string, { raw: number; gzip: number }>();

  constructor(private readonly distDir: string) {}

  raw(file: string): number {
    return this.measure(file).raw;
  }

  gzip(file: string): number {
    return this.measure(file).gzip;
  }

  private measure(file: string): { raw: number; gzip: number } {
    let size = this.cache.get(file);
    if (!size) {
      // Manifests name chunks as "static/chunks/…" or "/_next/static/chunks/…".
      const relative = file.replace(/^\/?_next\//, "");
      const content = fs.readFileSync(path.join(this.distDir, relative));
      size = { raw: content.length, gzip: gzipSync(content).length };
      this.cache.set(file, size);
    }
    return size;
  }
}

function readJson<T>(file: string): T {
  return JSON.parse(fs.readFileSync(file, "utf8")) as T;
}

function sum(values: number[]): number {
  return values.reduce((total, value) => total + value, 0);
}
