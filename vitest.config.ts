import path from "node:path";

import { defineConfig } from "vitest/config";

const root = import.meta.dirname;

export default defineConfig({
  resolve: {
    alias: { "@": root },
  },
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: "unit",
          include: [
            "lib/**/*.test.ts",
            "components/**/*.test.ts",
            "tests/unit/**/*.test.ts",
            "scripts/bench/**/*.test.ts",
          ],
          environment: "node",
        },
      },
      {
        extends: true,
        test: {
          name: "api",
          include: ["tests/api/**/*.test.ts", "tests/db/**/*.test.ts"],
          environment: "node",
          globalSetup: [path.join(root, "tests/support/global-setup.ts")],
          // Every test file's requests come from 127.0.0.1, and on PostgreSQL all files share
          // one counter table, so the default of 10 lookups per address would throttle them.
          // tests/api/lookup-rate-limit.test.ts sets its own low limits.
          env: { LOOKUP_RATE_LIMIT_MAX: "100000" },
          // Each file starts its own app and database copy; the first request compiles nothing
          // (the app is prebuilt), but opening PGlite and Next.js takes a few seconds.
          testTimeout: 30_000,
          hookTimeout: 60_000,
          pool: "forks",
        },
      },
    ],
  },
});
