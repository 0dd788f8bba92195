import { randomBytes } from "node:crypto";

import pg from "pg";

import { migratePostgres } from "@/lib/db/postgres-migrations";

import { onCleanup } from "./cleanup";

/** The PostgreSQL server the benchmark uses: local, trust authentication, user postgres. */
export const SERVER = { host: "127.0.0.1", port: 5432, user: "postgres" } as const;

export interface BenchDatabase {
  name: string;
  url: string;
}

/**
 * Creates a database named portal_bench_<random> and applies the committed migrations. The
 * database is dropped by the cleanup steps, also when the run fails or is interrupted.
 */
export async function createBenchDatabase(): Promise<BenchDatabase> {
  const name = `portal_bench_${randomBytes(4).toString("hex")}`;
  const url = `postgresql://${SERVER.user}@${SERVER.host}:${SERVER.port}/${name}`;

  await withAdminClient((client) => client.query(`CREATE DATABASE ${name}`));
  onCleanup(`drop database ${name}`, () => dropBenchDatabase(name));

  await migratePostgres(url);
  return { name, url };
}

async function dropBenchDatabase(name: string): Promise<void> {
  // FORCE ends the connections still open from children that were killed (PostgreSQL 13+).
  await withAdminClient((client) => client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`));
  console.log(`Dropped database ${name}.`);
}

/** Runs `work` on a connection to the server's `postgres` database. */
async function withAdminClient<T>(work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ ...SERVER, database: "postgres", connectionTimeoutMillis: 5000 });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/** Opens one connection to the bench database, for loading data and sampling it. */
export async function connectBenchDatabase(database: BenchDatabase): Promise<pg.Client> {
  const client = new pg.Client({ connectionString: database.url, connectionTimeoutMillis: 5000 });
  await client.connect();
  return client;
}
