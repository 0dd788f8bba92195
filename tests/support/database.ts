import fs from "node:fs";

import { PGlite } from "@electric-sql/pglite";
import { inject } from "vitest";

import { openDatabase, setSharedDatabase, wrapPGlite, type Database } from "@/lib/db";
import { resolveDatabaseTarget } from "@/lib/db/config";

/**
 * Opens this test file's database and makes it the app's shared handle: on PostgreSQL the
 * run's database (tests keep apart by making their own rows), else a private in-memory PGlite
 * copy of the migrated dump.
 */
export async function openTestDatabase(): Promise<Database> {
  const target = resolveDatabaseTarget();
  const database =
    target.kind === "postgres"
      ? await openDatabase(target)
      : wrapPGlite(
          await PGlite.create({
            loadDataDir: new Blob([fs.readFileSync(inject("pgliteDumpPath"))]),
          }),
        );
  setSharedDatabase(database);
  return database;
}

export function isPostgresRun(): boolean {
  return resolveDatabaseTarget().kind === "postgres";
}
