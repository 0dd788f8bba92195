import { spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";

import { afterEach, describe, expect, it } from "vitest";

import { openDatabase } from "@/lib/db";
import { DataDirInUseError, lockDataDir } from "@/lib/db/pglite-lock";

const folders: string[] = [];

function tempDataDir(): string {
  const parent = fs.mkdtempSync(path.join(os.tmpdir(), "portal-lock-"));
  folders.push(parent);
  return path.join(parent, "pglite");
}

afterEach(() => {
  for (const folder of folders.splice(0)) fs.rmSync(folder, { recursive: true, force: true });
});

describe("PGlite data folder lock", () => {
  it("rejects a folder locked by another live process", async () => {
    const dataDir = tempDataDir();
    const sleeper = spawn(process.execPath, ["-e", "setTimeout(() => {}, 30000)"]);
    try {
      fs.mkdirSync(dataDir, { recursive: true });
      fs.writeFileSync(`${dataDir}.portal.lock`, String(sleeper.pid));

      expect(() => lockDataDir(dataDir)).toThrow(DataDirInUseError);
      expect(() => lockDataDir(dataDir)).toThrow(
        new RegExp(`in use by process ${sleeper.pid}.*DATABASE_URL`),
      );
      await expect(openDatabase({ kind: "pglite", dataDir })).rejects.toThrow(DataDirInUseError);
    } finally {
      sleeper.kill();
    }
  });

  it("takes over a lock left by a process that exited", () => {
    const dataDir = tempDataDir();
    fs.mkdirSync(dataDir, { recursive: true });
    fs.writeFileSync(`${dataDir}.portal.lock`, "999999999");

    const release = lockDataDir(dataDir);
    expect(fs.readFileSync(`${dataDir}.portal.lock`, "utf8")).toBe(String(process.pid));
    release();
    expect(fs.existsSync(`${dataDir}.portal.lock`)).toBe(false);
  });

  it("opens, migrates and releases a fresh folder", async () => {
    const dataDir = tempDataDir();
    const database = await openDatabase({ kind: "pglite", dataDir });
    try {
      expect(fs.existsSync(`${dataDir}.portal.lock`)).toBe(true);
      const rows = await database.prisma.$queryRaw<{ count: bigint }[]>`
        SELECT count(*) AS count FROM "_prisma_migrations"`;
      expect(Number(rows[0]?.count)).toBeGreaterThan(0);
    } finally {
      await database.close();
    }
    expect(fs.existsSync(`${dataDir}.portal.lock`)).toBe(false);
  });

  it("keeps data across reopening the folder", async () => {
    const dataDir = tempDataDir();
    const first = await openDatabase({ kind: "pglite", dataDir });
    await first.prisma.country.create({ data: { code: "NL", name: "Netherlands" } });
    await first.close();

    const second = await openDatabase({ kind: "pglite", dataDir });
    try {
      expect(await second.prisma.country.count({ where: { code: "NL" } })).toBe(1);
    } finally {
      await second.close();
    }
  });
});
