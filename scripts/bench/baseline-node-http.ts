// The machine's limit for the guest lookup: a bare node:http server with a pg pool, run by
// the benchmark as a child process. POST /lookup returns what baseline-lookup.ts builds, and
// GET /health returns 200 once the database responds.
//
// Environment: PORT, DATABASE_URL, DATABASE_POOL_SIZE (default 10, the portal's default).
import http from "node:http";

import pg from "pg";

import { lookUpBaselineOrder } from "./baseline-lookup";

const MAX_BODY_BYTES = 64 * 1024;

const port = Number(process.env.PORT);
const connectionString = process.env.DATABASE_URL;
if (!Number.isInteger(port) || port <= 0 || !connectionString) {
  console.error("baseline-node-http needs PORT and DATABASE_URL.");
  process.exit(2);
}

const pool = new pg.Pool({
  connectionString,
  max: Number(process.env.DATABASE_POOL_SIZE ?? 10),
});

const server = http.createServer((request, response) => {
  if (request.method === "GET" && request.url === "/health") {
    pool.query("SELECT 1").then(
      () => send(response, 200, { status: "ok" }),
      () => send(response, 503, { status: "unavailable" }),
    );
    return;
  }
  if (request.method !== "POST" || request.url !== "/lookup") {
    send(response, 404, { detail: "Not found." });
    return;
  }

  const chunks: Buffer[] = [];
  let size = 0;
  request.on("data", (chunk: Buffer) => {
    size += chunk.length;
    if (size <= MAX_BODY_BYTES) chunks.push(chunk);
  });
  request.on("end", () => {
    if (size > MAX_BODY_BYTES) {
      send(response, 413, { detail: "Request body too large." });
      return;
    }
    lookUpBaselineOrder(pool, Buffer.concat(chunks).toString("utf8")).then(
      (result) => send(response, result.status, result.body),
      (error: unknown) => {
        console.error(`baseline lookup failed: ${error instanceof Error ? error.message : error}`);
        send(response, 500, { detail: "Internal error." });
      },
    );
  });
});

function send(response: http.ServerResponse, status: number, body: unknown): void {
  const json = JSON.stringify(body);
  response.writeHead(status, {
    "content-type": "application/json",
    "content-length": Buffer.byteLength(json),
  });
  response.end(json);
}

server.listen(port, "127.0.0.1", () => {
  console.log(`node:http baseline listening on http://127.0.0.1:${port}/`);
});

for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.once(signal, () => {
    server.closeAllConnections();
    server.close(() => {
      void pool.end().finally(() => process.exit(0));
    });
  });
}
