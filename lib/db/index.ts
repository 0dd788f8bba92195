import { PGlite } from "@electric-sql/pglite";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaPGlite } from "pglite-prisma-adapter";

import { PrismaClient } from "@/lib/generated/prisma/client";

import { resolveDatabaseTarget, type DatabaseTarget } from "./config";
import { applyMigrations } from "./migrate";
import { lockDataDir } from "./pglite-lock";

export type { DatabaseTarget } from "./config";

export interface Database {
  prisma: PrismaClient;
  target: DatabaseTarget;
  /** The embedded database, when the target is PGlite. */
  pglite?: PGlite;
  close(): Promise<void>;
}

// The handle lives on globalThis because Next.js bundles this module separately for each route
// and reloads it in development, and because in-process tests share one database with the app.
const DATABASE_KEY = Symbol.for("guest-order-portal.database");
type GlobalWithDatabase = typeof globalThis & { [DATABASE_KEY]?: Promise<Database> };
const globalStore = globalThis as GlobalWithDatabase;

/** Opens the database chosen by the environment on first use and returns the shared handle. */
export function getDatabase(): Promise<Database> {
  globalStore[DATABASE_KEY] ??= openDatabase(resolveDatabaseTarget()).catch((error: unknown) => {
    delete globalStore[DATABASE_KEY];
    throw error;
  });
  return globalStore[DATABASE_KEY];
}

export async function getPrisma(): Promise<PrismaClient> {
  return (await getDatabase()).prisma;
}

/** Makes `database` the shared handle, for tests that build their own. */
export function setSharedDatabase(database: Database): void {
  globalStore[DATABASE_KEY] = Promise.resolve(database);
}

export async function closeDatabase(): Promise<void> {
  const current = globalStore[DATABASE_KEY];
  delete globalStore[DATABASE_KEY];
  if (current) await (await current).close();
}

/**
 * Connects to the target. PGlite folders are locked to this process and migrated on open,
 * so a fresh clone works without a setup step. PostgreSQL is migrated by `npm run db:deploy`.
 */
export async function openDatabase(target: DatabaseTarget): Promise<Database> {
  if (target.kind === "postgres") return openPostgres(target);

  const release = target.kind === "pglite" ? lockDataDir(target.dataDir) : () => {};
  try {
    const pglite = await PGlite.create(target.kind === "pglite" ? target.dataDir : undefined);
    await applyMigrations(pglite);
    return wrapPGlite(pglite, target, release);
  } catch (error) {
    release();
    throw error;
  }
}

/** Wraps an open PGlite instance, for example one loaded from a dump in tests. */
export function wrapPGlite(
  pglite: PGlite,
  target: DatabaseTarget = { kind: "pglite-memory" },
  release: () => void = () => {},
): Database {
  const prisma = new PrismaClient({ adapter: new PrismaPGlite(pglite) });
  return {
    prisma,
    target,
    pglite,
    async close() {
      await prisma.$disconnect();
      await pglite.close();
      release();
    },
  };
}

function openPostgres(target: Extract<DatabaseTarget, { kind: "postgres" }>): Database {
  const statementTimeoutMs = Number(process.env.DATABASE_STATEMENT_TIMEOUT_MS ?? 5000);
  const adapter = new PrismaPg({
    connectionString: target.url,
    max: Number(process.env.DATABASE_POOL_SIZE ?? 10),
    // Fail fast when the server is unreachable, so requests get a 503 instead of hanging.
    connectionTimeoutMillis: Number(process.env.DATABASE_CONNECT_TIMEOUT_MS ?? 3000),
    // The server cancels a statement that runs or waits for a lock longer than this. Without
    // it a request blocked on a row lock waits as long as the lock is held, since Prisma checks
    // its transaction timeout only between statements, and the pool runs dry meanwhile.
    statement_timeout: statementTimeoutMs,
    // The client gives up on a reply a second after the server would have cancelled the
    // statement: the server or the network is gone, as in a partition that keeps the
    // connection open but silent.
    query_timeout: statementTimeoutMs + 1000,
    // The server ends a session left idle inside a transaction, as a timed-out client can leave
    // it once the network returns, so its locks and uncommitted statements do not linger.
    idle_in_transaction_session_timeout: 10_000,
    idleTimeoutMillis: 30_000,
  });
  const prisma = new PrismaClient({ adapter });
  return {
    prisma,
    target,
    async close() {
      await prisma.$disconnect();
    },
  };
}
