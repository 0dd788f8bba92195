// The e2e web server: one process that opens the database, writes the demo data, serves the
// built app on 127.0.0.1:E2E_APP_PORT and a test-data endpoint on 127.0.0.1:E2E_FIXTURES_PORT.
// The app and the fixtures share one database handle, so rows a test creates are visible to
// the app at once, and each test makes its own orders, so tests run in parallel.
//
// The database is an in-memory PGlite unless DATABASE_URL names a PostgreSQL database on this
// machine, which is migrated first. Run `next build` before starting it.
import fs from "node:fs";
import http from "node:http";
import { isIP } from "node:net";

import next from "next";

import { openDatabase, setSharedDatabase } from "@/lib/db";
import { describeDatabaseTarget, type DatabaseTarget } from "@/lib/db/config";
import { requireLocalDatabase } from "@/lib/db/local-only";
import { migratePostgres } from "@/lib/db/postgres-migrations";
import { seedDemoData } from "@/prisma/seed/demo";

import { handleFixtureRequest } from "./fixtures-server";

const appPort = Number(process.env.E2E_APP_PORT ?? 3210);
const fixturesPort = Number(process.env.E2E_FIXTURES_PORT ?? appPort + 1);
const HOST = "127.0.0.1";
const TEST_ADDRESS_HEADER = "x-e2e-client-address";

// Without a build, next() fails with a stack trace deep inside Next.js, so print the fix instead.
const distDir = process.env.NEXT_DIST_DIR ?? ".next";
if (!fs.existsSync(`${distDir}/BUILD_ID`)) {
  console.error(`No production build in ${distDir}/. Run \`npm run build\` before the e2e tests.`);
  process.exit(1);
}

const configured = requireLocalDatabase("e2e");
const target: DatabaseTarget =
  configured.kind === "postgres" ? configured : { kind: "pglite-memory" };
if (target.kind === "postgres") await migratePostgres(target.url);
const database = await openDatabase(target);
setSharedDatabase(database);
await seedDemoData(database.prisma);

const app = next({ dev: false, dir: process.cwd(), hostname: HOST, port: appPort, quiet: true });
await app.prepare();
const handle = app.getRequestHandler();

// As scripts/serve.mjs does, X-Forwarded-For is set by this server. Every test comes from
// 127.0.0.1, so the lookup's per-address rate limit would soon block them all: a test may name
// its own address in x-e2e-client-address (see e2e/support/test.ts).
const appServer = http.createServer((request, response) => {
  const testAddress = request.headers[TEST_ADDRESS_HEADER];
  request.headers["x-forwarded-for"] =
    typeof testAddress === "string" && isIP(testAddress)
      ? testAddress
      : (request.socket.remoteAddress ?? "");
  delete request.headers[TEST_ADDRESS_HEADER];
  void handle(request, response);
});
const fixturesServer = http.createServer((request, response) => {
  void handleFixtureRequest(database.prisma, request, response);
});

await listen(fixturesServer, fixturesPort);
await listen(appServer, appPort);
console.log(
  `e2e server: app on http://${HOST}:${appPort}/, fixtures on http://${HOST}:${fixturesPort}/, ` +
    `${describeDatabaseTarget(target)}`,
);

for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.once(signal, () => {
    appServer.closeAllConnections();
    fixturesServer.closeAllConnections();
    appServer.close();
    fixturesServer.close();
    void app
      .close()
      .then(() => database.close())
      .finally(() => process.exit(0));
  });
}

function listen(server: http.Server, port: number): Promise<void> {
  return new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, HOST, () => resolve());
  });
}
