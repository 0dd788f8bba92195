import { describe, expect, it } from "vitest";

import { openDatabase } from "@/lib/db";
import { resolveDatabaseTarget } from "@/lib/db/config";
import { isPostgresRun } from "@/tests/support/database";

describe("database choice", () => {
  it("opens in-memory PGlite for memory://", async () => {
    const database = await openDatabase(resolveDatabaseTarget({ PGLITE_DATA_DIR: "memory://" }));
    try {
      expect(database.target.kind).toBe("pglite-memory");
      expect(database.pglite).toBeDefined();
      const [row] = await database.prisma.$queryRaw<{ version: string }[]>`SELECT version()`;
      expect(row?.version).toMatch(/PostgreSQL/);
    } finally {
      await database.close();
    }
  });

  it.runIf(isPostgresRun())("connects to the server named by DATABASE_URL", async () => {
    const url = process.env.DATABASE_URL!;
    const database = await openDatabase(resolveDatabaseTarget({ DATABASE_URL: url }));
    try {
      expect(database.target.kind).toBe("postgres");
      expect(database.pglite).toBeUndefined();
      const [row] = await database.prisma.$queryRaw<{ name: string }[]>`
        SELECT current_database()::text AS name`;
      expect(row?.name).toBe(new URL(url).pathname.slice(1));
    } finally {
      await database.close();
    }
  });
});
