import pg from "pg";

import { applyMigrations } from "./migrate";

/** Applies pending migrations to the PostgreSQL database at `url` over one connection. */
export async function migratePostgres(url: string): Promise<string[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await applyMigrations({
      query: async <Row>(sql: string, params?: unknown[]) => {
        const result = await client.query(sql, params);
        return { rows: result.rows as Row[] };
      },
      exec: (sql) => client.query(sql),
    });
  } finally {
    await client.end();
  }
}

/** Drops every table of the database's public schema, for `db:reset` and tests. */
export async function dropPublicSchema(url: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query("DROP SCHEMA IF EXISTS public CASCADE; CREATE SCHEMA public;");
  } finally {
    await client.end();
  }
}
