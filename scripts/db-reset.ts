// Deletes every row and table of the local database, applies the migrations and writes the demo
// data again. Rejects a DATABASE_URL that is not on this machine.
import fs from "node:fs";

import { describeDatabaseTarget } from "@/lib/db/config";
import { openDatabase } from "@/lib/db";
import { requireLocalDatabase } from "@/lib/db/local-only";
import { lockDataDir } from "@/lib/db/pglite-lock";
import { dropPublicSchema, migratePostgres } from "@/lib/db/postgres-migrations";
import { seedDemoData } from "@/prisma/seed/demo";

const target = requireLocalDatabase("db:reset");

if (target.kind === "postgres") {
  await dropPublicSchema(target.url);
  await migratePostgres(target.url);
} else if (target.kind === "pglite") {
  // Hold the lock while deleting, so a running app's folder is never removed under it.
  const release = lockDataDir(target.dataDir);
  fs.rmSync(target.dataDir, { recursive: true, force: true });
  release();
}

const database = await openDatabase(target);
try {
  const summary = await seedDemoData(database.prisma);
  console.log(`Reset ${describeDatabaseTarget(target)} and wrote ${summary.orders} demo orders.`);
} finally {
  await database.close();
}
