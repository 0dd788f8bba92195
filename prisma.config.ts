// Prisma CLI settings. Prisma 6.19 runs its Wasm schema engine through a driver adapter, so no
// native engine is downloaded. The CLI is used for `generate` and `migrate diff`, which need no
// database, and for `migrate status` against PostgreSQL. The app applies migrations itself
// (lib/db/migrate.ts), because CLI commands pointed at PGlite never exit.
import { existsSync } from "node:fs";
import path from "node:path";

import { defineConfig } from "prisma/config";

import { createCliPgAdapter } from "./lib/db/cli-pg-adapter";

// The CLI refuses to start without a native query-engine library file, even though the client
// engine never loads it. Any existing file satisfies the check.
if (
  !process.env.PRISMA_QUERY_ENGINE_LIBRARY ||
  !existsSync(process.env.PRISMA_QUERY_ENGINE_LIBRARY)
) {
  process.env.PRISMA_QUERY_ENGINE_LIBRARY = path.resolve("package.json");
}

// The datasource block reads DATABASE_URL, which must look like a PostgreSQL URL to pass
// validation even when nothing connects to it.
process.env.DATABASE_URL ??= "postgresql://localhost:5432/unused";

export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations" },
  experimental: { adapter: true },
  engine: "js",
  adapter: async () => createCliPgAdapter(process.env.DATABASE_URL!),
});
