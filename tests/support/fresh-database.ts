import { randomBytes } from "node:crypto";

import pg from "pg";

import { openDatabase, type Database } from "@/lib/db";
import { resolveDatabaseTarget } from "@/lib/db/config";
import { migratePostgres } from "@/lib/db/postgres-migrations";

import { openTestDatabase } from "./database";

/**
 * Runs `body` on a migrated database that nothing else uses: a private PGlite copy, or on a
 * PostgreSQL run a new database on the same server that is dropped afterwards. For tests that
 * must own every row, such as the demo seed's.
 */
export async function withFreshDatabase(
  body: (database: Database) => Promise<void>,
): Promise<void> {
  const target = resolveDatabaseTarget();
  if (target.kind !== "postgres") {
    const database = await openTestDatabase();
    try {
      await body(database);
    } finally {
      await database.close();
    }
    return;
  }

  const adminUrl = target.url;
  const name = `portal_fresh_${randomBytes(4).toString("hex")}`;
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;

  await runAdmin(adminUrl, `CREATE DATABASE ${name}`);
  try {
    await migratePostgres(url.toString());
    const database = await openDatabase({ kind: "postgres", url: url.toString() });
    try {
      await body(database);
    } finally {
      await database.close();
    }
  } finally {
    await runAdmin(adminUrl, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  }
}

async function runAdmin(url: string, sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}
