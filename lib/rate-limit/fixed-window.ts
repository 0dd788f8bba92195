import { Prisma, type PrismaClient } from "@/lib/generated/prisma/client";

/** A counter's state right after an attempt was counted. */
export interface WindowCount {
  key: string;
  /** Attempts in the current window, this one included. */
  count: number;
  /** Seconds until the current window ends, at least 1. */
  secondsLeft: number;
}

/**
 * Counts one attempt against each key in the `rate_limit_counters` table, all in one statement.
 * A key whose window of `windowSeconds` has passed starts a new window at 1. The database's
 * clock decides the windows, so every app instance shares the same ones.
 */
export async function countAttempts(
  prisma: PrismaClient,
  keys: string[],
  windowSeconds: number,
): Promise<WindowCount[]> {
  // Upserting rows in one sorted order keeps two concurrent statements from deadlocking.
  const sortedKeys = [...new Set(keys)].sort();
  if (sortedKeys.length === 0) return [];

  const window = Prisma.sql`(${windowSeconds}::int * interval '1 second')`;
  const rows = Prisma.join(sortedKeys.map((key) => Prisma.sql`(${key}, 1, now())`));
  // In DO UPDATE, `counter` is the existing row; in RETURNING it is the row as written.
  const counted = await prisma.$queryRaw<{ key: string; count: number; seconds_left: number }[]>`
    INSERT INTO rate_limit_counters AS counter (key, count, window_start)
    VALUES ${rows}
    ON CONFLICT (key) DO UPDATE SET
      count = CASE
        WHEN counter.window_start <= now() - ${window} THEN 1
        ELSE counter.count + 1
      END,
      window_start = CASE
        WHEN counter.window_start <= now() - ${window} THEN now()
        ELSE counter.window_start
      END
    RETURNING
      counter.key,
      counter.count,
      ceil(extract(epoch FROM counter.window_start + ${window} - now()))::int AS seconds_left`;

  return counted.map((row) => ({
    key: row.key,
    count: row.count,
    secondsLeft: Math.max(1, row.seconds_left),
  }));
}

/** Deletes the counters under `prefix` whose window has ended; returns how many it deleted. */
export async function deleteExpiredCounters(
  prisma: PrismaClient,
  prefix: string,
  windowSeconds: number,
): Promise<number> {
  return prisma.$executeRaw`
    DELETE FROM rate_limit_counters
    WHERE starts_with(key, ${prefix})
      AND window_start <= now() - (${windowSeconds}::int * interval '1 second')`;
}
