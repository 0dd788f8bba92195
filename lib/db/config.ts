import path from "node:path";

/** Database the portal uses, decided once from the environment. */
export type DatabaseTarget =
  | { kind: "postgres"; url: string }
  | { kind: "pglite"; dataDir: string }
  | { kind: "pglite-memory" };

export const DEFAULT_PGLITE_DIR = ".data/pglite";

/**
 * Chooses PostgreSQL when DATABASE_URL is set, else the embedded PGlite database in
 * PGLITE_DATA_DIR (default `.data/pglite`). PGLITE_DATA_DIR=memory:// keeps it in memory.
 */
export function resolveDatabaseTarget(
  env: Record<string, string | undefined> = process.env,
): DatabaseTarget {
  const url = env.DATABASE_URL?.trim();
  if (url) {
    if (!/^postgres(ql)?:\/\//.test(url)) {
      throw new Error(
        `DATABASE_URL must be a postgresql:// URL, got "${url.split(":")[0]}:…". ` +
          "Unset it to use the embedded PGlite database.",
      );
    }
    return { kind: "postgres", url };
  }

  const dataDir = env.PGLITE_DATA_DIR?.trim() || DEFAULT_PGLITE_DIR;
  if (dataDir === "memory://") return { kind: "pglite-memory" };
  return { kind: "pglite", dataDir: path.resolve(/*turbopackIgnore: true*/ dataDir) };
}

/** Describes the target for logs and command output without printing credentials. */
export function describeDatabaseTarget(target: DatabaseTarget): string {
  switch (target.kind) {
    case "postgres": {
      const url = new URL(target.url);
      return `PostgreSQL ${url.hostname}:${url.port || 5432}${url.pathname}`;
    }
    case "pglite":
      return `embedded PGlite in ${path.relative(process.cwd(), target.dataDir) || "."}`;
    case "pglite-memory":
      return "embedded PGlite in memory";
  }
}
