// Applies the committed migrations to the configured database: PostgreSQL when DATABASE_URL is
// set, else the embedded PGlite folder (which also migrates itself whenever the app opens it).
import { describeDatabaseTarget, resolveDatabaseTarget } from "@/lib/db/config";
import { openDatabase } from "@/lib/db";
import { readMigrations } from "@/lib/db/migrate";
import { migratePostgres } from "@/lib/db/postgres-migrations";

const target = resolveDatabaseTarget();
if (target.kind === "postgres") {
  const applied = await migratePostgres(target.url);
  report(applied);
} else {
  const database = await openDatabase(target);
  await database.close();
  const count = readMigrations().length;
  console.log(
    `${describeDatabaseTarget(target)}: ${count} ${count === 1 ? "migration" : "migrations"} in place.`,
  );
}

function report(applied: string[]): void {
  const where = describeDatabaseTarget(target);
  if (applied.length === 0) console.log(`${where}: no pending migrations.`);
  else console.log(`${where}: applied ${applied.join(", ")}.`);
}
