import path from "node:path";

import { describe, expect, it } from "vitest";

import { DEFAULT_PGLITE_DIR, describeDatabaseTarget, resolveDatabaseTarget } from "./config";

describe("resolveDatabaseTarget", () => {
  it("chooses PostgreSQL when DATABASE_URL is set", () => {
    const target = resolveDatabaseTarget({ DATABASE_URL: "postgresql://u@127.0.0.1:5432/shop" });
    expect(target).toEqual({ kind: "postgres", url: "postgresql://u@127.0.0.1:5432/shop" });
  });

  it("accepts the postgres:// scheme too", () => {
    expect(resolveDatabaseTarget({ DATABASE_URL: "postgres://localhost/shop" }).kind).toBe(
      "postgres",
    );
  });

  it("chooses the default PGlite folder without DATABASE_URL", () => {
    expect(resolveDatabaseTarget({})).toEqual({
      kind: "pglite",
      dataDir: path.resolve(DEFAULT_PGLITE_DIR),
    });
  });

  it("treats a blank DATABASE_URL as unset", () => {
    expect(resolveDatabaseTarget({ DATABASE_URL: "  " }).kind).toBe("pglite");
  });

  it("uses PGLITE_DATA_DIR for the folder", () => {
    expect(resolveDatabaseTarget({ PGLITE_DATA_DIR: "/tmp/shop-data" })).toEqual({
      kind: "pglite",
      dataDir: "/tmp/shop-data",
    });
  });

  it("keeps PGlite in memory for memory://", () => {
    expect(resolveDatabaseTarget({ PGLITE_DATA_DIR: "memory://" })).toEqual({
      kind: "pglite-memory",
    });
  });

  it("rejects a DATABASE_URL of another database", () => {
    expect(() => resolveDatabaseTarget({ DATABASE_URL: "mysql://root@localhost/shop" })).toThrow(
      /must be a postgresql:\/\/ URL/,
    );
  });
});

describe("describeDatabaseTarget", () => {
  it("leaves the password out", () => {
    const text = describeDatabaseTarget({
      kind: "postgres",
      url: "postgresql://shop:secret@db.internal:6432/orders",
    });
    expect(text).toBe("PostgreSQL db.internal:6432/orders");
  });
});
