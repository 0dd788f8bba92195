import { defineConfig, devices } from "@playwright/test";

// The e2e harness (e2e/support/server.ts) serves the built app on APP_PORT and the test-data
// fixtures on FIXTURES_PORT. Tests read both URLs from these variables, which Playwright's
// workers inherit from this process.
const appPort = Number(process.env.E2E_APP_PORT ?? 3210);
const fixturesPort = Number(process.env.E2E_FIXTURES_PORT ?? appPort + 1);
process.env.E2E_APP_URL = `http://127.0.0.1:${appPort}`;
process.env.E2E_FIXTURES_URL = `http://127.0.0.1:${fixturesPort}`;

// Every lookup counts against its order number, demo orders included, and a developer's server
// may be reused across runs: a higher limit than the default 10 keeps repeated runs apart from
// the throttling that one test provokes on purpose.
process.env.LOOKUP_RATE_LIMIT_MAX ??= "40";

// Debian's Chromium; on a machine with internet access `npx playwright install chromium` and
// PLAYWRIGHT_CHROMIUM_PATH="" use Playwright's own build instead.
const chromiumPath = process.env.PLAYWRIGHT_CHROMIUM_PATH ?? "/usr/bin/chromium";

// Without the networking flags Chromium tries to reach Google's hosts at every start.
const CHROMIUM_FLAGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
  "--disable-quic",
];

export default defineConfig({
  testDir: "e2e",
  fullyParallel: true,
  forbidOnly: Boolean(process.env.CI),
  retries: process.env.CI ? 1 : 0,
  // One app server serves every worker; two workers fit a 2-core machine beside the server.
  workers: Number(process.env.E2E_WORKERS ?? 2),
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: process.env.CI ? [["list"]] : [["list"], ["html", { open: "never" }]],
  use: {
    baseURL: process.env.E2E_APP_URL,
    locale: "en-US",
    timezoneId: "Europe/Istanbul",
    trace: "retain-on-failure",
    screenshot: "only-on-failure",
    launchOptions: {
      executablePath: chromiumPath || undefined,
      args: CHROMIUM_FLAGS,
    },
  },
  projects: [
    { name: "desktop", use: { ...devices["Desktop Chrome"] } },
    { name: "mobile", use: { ...devices["Pixel 7"] } },
  ],
  webServer: {
    // By path, because Playwright's web server does not get node_modules/.bin on PATH.
    command: "node node_modules/tsx/dist/cli.mjs e2e/support/server.ts",
    url: `${process.env.E2E_APP_URL}/api/health/`,
    // Never reuse a server found on the port: it could be another checkout's, with another
    // database. A busy port fails the run; E2E_APP_PORT picks another.
    reuseExistingServer: false,
    timeout: 120_000,
    stdout: "pipe",
    stderr: "pipe",
    env: {
      E2E_APP_PORT: String(appPort),
      E2E_FIXTURES_PORT: String(fixturesPort),
      LOOKUP_RATE_LIMIT_MAX: process.env.LOOKUP_RATE_LIMIT_MAX,
      NEXT_TELEMETRY_DISABLED: "1",
    },
  },
});
