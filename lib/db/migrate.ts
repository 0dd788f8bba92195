import { createHash, randomUUID } from "node:crypto";
import fs from "node:fs";
import path from "node:path";

/** The two calls the migration runner needs, which both `pg.Client` and `PGlite` provide. */
export interface MigrationConnection {
  query<Row>(sql: string, params?: unknown[]): Promise<{ rows: Row[] }>;
  exec(sql: string): Promise<unknown>;
}

export interface Migration {
  name: string;
  sql: string;
  checksum: string;
}

export const MIGRATIONS_DIR = path.join(process.cwd(), "prisma", "migrations");

// Prisma's own advisory lock key for migrations, so `prisma migrate` and this runner never
// apply migrations to one database at the same time.
const MIGRATION_LOCK_KEY = 72707369;

// The table Prisma keeps, created exactly as Prisma creates it, so `prisma migrate status`
// accepts what this runner applied.
const CREATE_MIGRATIONS_TABLE = `
CREATE TABLE IF NOT EXISTS "_prisma_migrations" (
  "id" VARCHAR(36) PRIMARY KEY NOT NULL,
  "checksum" VARCHAR(64) NOT NULL,
  "finished_at" TIMESTAMPTZ,
  "migration_name" VARCHAR(255) NOT NULL,
  "logs" TEXT,
  "rolled_back_at" TIMESTAMPTZ,
  "started_at" TIMESTAMPTZ NOT NULL DEFAULT now(),
  "applied_steps_count" INTEGER NOT NULL DEFAULT 0
)`;

/** Reads the committed migrations in the order Prisma applies them: by folder name. */
export function readMigrations(dir: string = MIGRATIONS_DIR): Migration[] {
  return fs
    .readdirSync(/*turbopackIgnore: true*/ dir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort()
    .map((name) => {
      const sql = fs.readFileSync(
        /*turbopackIgnore: true*/ path.join(dir, name, "migration.sql"),
        "utf8",
      );
      return { name, sql, checksum: createHash("sha256").update(sql).digest("hex") };
    });
}

/**
 * Applies the committed migrations that the database lacks, each in its own transaction, and
 * records them in `_prisma_migrations` with Prisma's checksums. Returns the names applied.
 *
 * Throws when an applied migration's file has changed since, or one failed half-way: both
 * need a person to look, as `prisma migrate deploy` would.
 */
export async function applyMigrations(
  connection: MigrationConnection,
  migrations: Migration[] = readMigrations(),
): Promise<string[]> {
  await connection.query("SELECT pg_advisory_lock($1)", [MIGRATION_LOCK_KEY]);
  try {
    await connection.exec(CREATE_MIGRATIONS_TABLE);
    const { rows } = await connection.query<AppliedRow>(
      `SELECT migration_name, checksum, finished_at FROM "_prisma_migrations"
       WHERE rolled_back_at IS NULL`,
    );
    const applied = new Map(rows.map((row) => [row.migration_name, row]));

    const appliedNow: string[] = [];
    for (const migration of migrations) {
      const row = applied.get(migration.name);
      if (row) {
        checkAppliedMigration(migration, row);
        continue;
      }
      await applyOne(connection, migration);
      appliedNow.push(migration.name);
    }
    return appliedNow;
  } finally {
    await connection.query("SELECT pg_advisory_unlock($1)", [MIGRATION_LOCK_KEY]);
  }
}

interface AppliedRow {
  migration_name: string;
  checksum: string;
  finished_at: Date | null;
}

function checkAppliedMigration(migration: Migration, row: AppliedRow): void {
  if (row.finished_at === null) {
    throw new Error(
      `Migration ${migration.name} started but did not finish. Inspect the database, then ` +
        "resolve it with `prisma migrate resolve` before deploying again.",
    );
  }
  if (row.checksum !== migration.checksum) {
    throw new Error(
      `Migration ${migration.name} was edited after it was applied. Restore the committed ` +
        "file and add a new migration for the change.",
    );
  }
}

async function applyOne(connection: MigrationConnection, migration: Migration): Promise<void> {
  await connection.exec("BEGIN");
  try {
    await connection.exec(migration.sql);
    await connection.query(
      `INSERT INTO "_prisma_migrations"
         (id, checksum, migration_name, started_at, finished_at, applied_steps_count)
       VALUES ($1, $2, $3, now(), now(), 1)`,
      [randomUUID(), migration.checksum, migration.name],
    );
    await connection.exec("COMMIT");
  } catch (error) {
    await connection.exec("ROLLBACK");
    throw new Error(`Migration ${migration.name} failed and was rolled back: ${String(error)}`, {
      cause: error,
    });
  }
}
