import fs from "node:fs";
import os from "node:os";
import path from "node:path";

import { PGlite } from "@electric-sql/pglite";
import type { TestProject } from "vitest/node";

import { resolveDatabaseTarget } from "@/lib/db/config";
import { applyMigrations } from "@/lib/db/migrate";
import { migratePostgres } from "@/lib/db/postgres-migrations";

declare module "vitest" {
  export interface ProvidedContext {
    /** A migrated, empty PGlite data folder as a tar file, which each test file loads. */
    pgliteDumpPath: string;
  }
}

/**
 * Prepares the database once per run: on PostgreSQL it migrates DATABASE_URL, otherwise it
 * migrates an in-memory PGlite and dumps it so that each test file boots its own copy quickly.
 */
export default async function setup(project: TestProject) {
  const target = resolveDatabaseTarget();
  if (target.kind === "postgres") {
    await migratePostgres(target.url);
    project.provide("pgliteDumpPath", "");
    return;
  }

  const pglite = await PGlite.create();
  await applyMigrations(pglite);
  const dump = await pglite.dumpDataDir("none");
  await pglite.close();

  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "portal-pglite-"));
  const dumpPath = path.join(dir, "migrated.tar");
  fs.writeFileSync(dumpPath, Buffer.from(await dump.arrayBuffer()));
  project.provide("pgliteDumpPath", dumpPath);

  return () => fs.rmSync(dir, { recursive: true, force: true });
}
