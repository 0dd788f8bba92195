import { execFileSync } from "node:child_process";
import { randomBytes } from "node:crypto";

import { PGlite } from "@electric-sql/pglite";
import pg from "pg";
import { afterAll, describe, expect, it } from "vitest";

import { applyMigrations, readMigrations, type MigrationConnection } from "@/lib/db/migrate";
import { migratePostgres } from "@/lib/db/postgres-migrations";
import { isPostgresRun } from "@/tests/support/database";

const EXPECTED_TABLES = [
  "addresses",
  "cancellation_reasons",
  "cancellation_requests",
  "easy_returns",
  "idempotency_records",
  "order_items",
  "orders",
  "rate_limit_counters",
  "users",
];

async function tableNames(connection: MigrationConnection): Promise<string[]> {
  const { rows } = await connection.query<{ table_name: string }>(
    `SELECT table_name FROM information_schema.tables WHERE table_schema = 'public'`,
  );
  return rows.map((row) => row.table_name);
}

describe("migrations on PGlite", () => {
  it("create every table and record Prisma's checksums", async () => {
    const pglite = await PGlite.create();
    try {
      const applied = await applyMigrations(pglite);
      expect(applied).toEqual(readMigrations().map((migration) => migration.name));

      const tables = await tableNames(pglite);
      expect(tables).toEqual(expect.arrayContaining([...EXPECTED_TABLES, "_prisma_migrations"]));

      const { rows } = await pglite.query<{ migration_name: string; checksum: string }>(
        `SELECT migration_name, checksum FROM "_prisma_migrations" ORDER BY migration_name`,
      );
      expect(rows).toEqual(
        readMigrations().map(({ name, checksum }) => ({ migration_name: name, checksum })),
      );
    } finally {
      await pglite.close();
    }
  });

  it("apply nothing the second time", async () => {
    const pglite = await PGlite.create();
    try {
      await applyMigrations(pglite);
      expect(await applyMigrations(pglite)).toEqual([]);
    } finally {
      await pglite.close();
    }
  });

  it("reject an applied migration whose file changed", async () => {
    const pglite = await PGlite.create();
    try {
      await applyMigrations(pglite);
      const edited = readMigrations().map((migration) => ({
        ...migration,
        checksum: "0".repeat(64),
      }));
      await expect(applyMigrations(pglite, edited)).rejects.toThrow(
        /was edited after it was applied/,
      );
    } finally {
      await pglite.close();
    }
  });

  it("roll back a failing migration completely", async () => {
    const pglite = await PGlite.create();
    try {
      const broken = [
        {
          name: "20000101000000_broken",
          sql: "CREATE TABLE half (id int); SELECT * FROM missing;",
          checksum: "x",
        },
      ];
      await expect(applyMigrations(pglite, broken)).rejects.toThrow(/failed and was rolled back/);
      expect(await tableNames(pglite)).not.toContain("half");
      const { rows } = await pglite.query(`SELECT * FROM "_prisma_migrations"`);
      expect(rows).toEqual([]);
    } finally {
      await pglite.close();
    }
  });
});

describe.runIf(isPostgresRun())("migrations on PostgreSQL", () => {
  const adminUrl = new URL(process.env.DATABASE_URL ?? "postgresql://127.0.0.1/postgres");
  const name = `portal_migrate_${randomBytes(4).toString("hex")}`;
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;

  async function admin(sql: string): Promise<void> {
    const client = new pg.Client({ connectionString: adminUrl.toString() });
    await client.connect();
    try {
      await client.query(sql);
    } finally {
      await client.end();
    }
  }

  afterAll(async () => {
    await admin(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  });

  it("apply to a fresh database and satisfy prisma migrate status", async () => {
    await admin(`CREATE DATABASE ${name}`);

    const applied = await migratePostgres(url.toString());
    expect(applied).toEqual(readMigrations().map((migration) => migration.name));
    expect(await migratePostgres(url.toString())).toEqual([]);

    // The Prisma CLI reads the catalog through the adapter in lib/db/cli-pg-adapter.ts, so this
    // also proves its workaround for prisma/prisma#27403.
    const output = execFileSync("npx", ["prisma", "migrate", "status"], {
      env: { ...process.env, DATABASE_URL: url.toString() },
      encoding: "utf8",
    });
    expect(output).toContain("Database schema is up to date!");
  });
});
