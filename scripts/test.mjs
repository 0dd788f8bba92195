// The project's test command (`npm test`): the checks, then the API and database tests twice
// (in-memory PGlite, then a throwaway database on the local PostgreSQL server), then the
// browser tests. Ends with one "tests: N passed, N failed" line summing every runner.
import { spawnSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";

import pg from "pg";

const POSTGRES_ADMIN_URL =
  process.env.TEST_POSTGRES_ADMIN_URL ?? "postgresql://postgres@127.0.0.1:5432/postgres";
const reportDir = fs.mkdtempSync(path.join(os.tmpdir(), "portal-test-"));
const totals = { passed: 0, failed: 0, skipped: 0 };
const failedSteps = [];

const baseEnv = {
  ...process.env,
  APP_SECRET: process.env.APP_SECRET ?? randomBytes(24).toString("hex"),
};
delete baseEnv.DATABASE_URL;

step("checks (generate, typecheck, lint, format, unit tests)", () =>
  vitestStep("unit", ["run", "check:static"], baseEnv),
);
step("build", () => run("npx", ["next", "build"], baseEnv));
step("API and database tests on in-memory PGlite", () =>
  vitest("api", { ...baseEnv, PGLITE_DATA_DIR: "memory://" }, "pglite"),
);

// The API tests and the browser tests get a database each: the browser tests seed the demo
// data, whose fixed ids must not meet rows the API tests made.
await withThrowawayDatabase((url) =>
  step("API and database tests on PostgreSQL", () =>
    vitest("api", { ...baseEnv, DATABASE_URL: url }, "postgres"),
  ),
);
if (hasE2e()) {
  await withThrowawayDatabase((url) =>
    step("browser tests on PostgreSQL", () => playwright({ ...baseEnv, DATABASE_URL: url })),
  );
  step("browser tests on in-memory PGlite", () =>
    playwright({ ...baseEnv, PGLITE_DATA_DIR: "memory://" }),
  );
}

fs.rmSync(reportDir, { recursive: true, force: true });
console.log(`\ntests: ${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped`);
if (failedSteps.length > 0) {
  console.error(`FAILED: ${failedSteps.join("; ")}`);
  process.exit(1);
}

function step(name, action) {
  console.log(`\n=== ${name}`);
  const started = Date.now();
  const failedBefore = totals.failed;
  const ok = action();
  console.log(
    `=== ${name}: ${ok ? "ok" : "FAILED"} in ${Math.round((Date.now() - started) / 1000)} s`,
  );
  if (!ok) {
    failedSteps.push(name);
    // A step that failed before its tests ran (type check, lint, build) counts as one failure,
    // so the closing line never reads "0 failed" for a failed run.
    if (totals.failed === failedBefore) totals.failed += 1;
  }
}

function run(command, args, env) {
  const result = spawnSync(command, args, { stdio: "inherit", env });
  return result.status === 0;
}

function vitestStep(project, prelude, env) {
  if (!run("npm", prelude, env)) return false;
  return vitest(project, env, "unit");
}

function vitest(project, env, label) {
  const outputFile = path.join(reportDir, `vitest-${label}.json`);
  const ok = run(
    "npx",
    [
      "vitest",
      "run",
      "--project",
      project,
      "--reporter=default",
      "--reporter=json",
      `--outputFile.json=${outputFile}`,
    ],
    env,
  );
  countVitest(outputFile);
  return ok;
}

function countVitest(file) {
  if (!fs.existsSync(file)) return;
  const report = JSON.parse(fs.readFileSync(file, "utf8"));
  totals.passed += report.numPassedTests ?? 0;
  totals.failed += report.numFailedTests ?? 0;
  totals.skipped += (report.numPendingTests ?? 0) + (report.numTodoTests ?? 0);
}

function hasE2e() {
  return fs.existsSync("playwright.config.ts");
}

function playwright(env) {
  const outputFile = path.join(reportDir, `playwright-${Date.now()}.json`);
  const ok = run("npx", ["playwright", "test", "--reporter=list,json"], {
    ...env,
    PLAYWRIGHT_JSON_OUTPUT_NAME: outputFile,
  });
  if (fs.existsSync(outputFile)) {
    const { stats } = JSON.parse(fs.readFileSync(outputFile, "utf8"));
    totals.passed += (stats?.expected ?? 0) + (stats?.flaky ?? 0);
    totals.failed += stats?.unexpected ?? 0;
    totals.skipped += stats?.skipped ?? 0;
  }
  return ok;
}

async function withThrowawayDatabase(body) {
  const database = await createThrowawayDatabase();
  if (!database) return;
  try {
    body(database.url);
  } finally {
    await database.drop();
  }
}

/**
 * Creates a database named portal_test_<random> on the local server and returns its URL and a
 * function that drops it. Without a reachable server it fails the run in CI, and elsewhere
 * skips the PostgreSQL half with a warning.
 */
async function createThrowawayDatabase() {
  const name = `portal_test_${randomBytes(4).toString("hex")}`;
  const admin = new pg.Client({
    connectionString: POSTGRES_ADMIN_URL,
    connectionTimeoutMillis: 3000,
  });
  try {
    await admin.connect();
  } catch (error) {
    const message = `PostgreSQL is not reachable at ${new URL(POSTGRES_ADMIN_URL).host} (${error.message}).`;
    if (process.env.CI) {
      failedSteps.push(`PostgreSQL: ${message}`);
      totals.failed += 1;
      return null;
    }
    console.warn(
      `\nWARNING: ${message} Skipping the PostgreSQL tests. Start it, or set TEST_POSTGRES_ADMIN_URL.`,
    );
    return null;
  }
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();

  const url = new URL(POSTGRES_ADMIN_URL);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    async drop() {
      const client = new pg.Client({ connectionString: POSTGRES_ADMIN_URL });
      await client.connect();
      await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await client.end();
    },
  };
}
