import { after } from "next/server";

import type { PrismaClient } from "@/lib/generated/prisma/client";
import { ApiError } from "@/lib/http/errors";
import type { Logger } from "@/lib/log";
import { normalizeOrderNumber } from "@/lib/orders/credentials";

import { countAttempts, deleteExpiredCounters } from "./fixed-window";

const KEY_PREFIX = "lookup:";
const DEFAULT_MAX_ATTEMPTS = 10;
const DEFAULT_WINDOW_SECONDS = 10 * 60;

// Expired counters are deleted after about one lookup in a hundred, so the table contains roughly
// one window's worth of keys instead of growing with every address and number ever tried.
const CLEANUP_PROBABILITY = 0.01;

export interface LookupRateLimit {
  /** Attempts allowed per client address and, separately, per order number in one window. */
  maxAttempts: number;
  windowSeconds: number;
}

/**
 * Reads LOOKUP_RATE_LIMIT_MAX and LOOKUP_RATE_LIMIT_WINDOW_SECONDS (default 10 attempts per 600
 * seconds) on every call, so a running process picks up changes made by tests. A value that is not
 * a positive integer falls back to the default.
 */
export function lookupRateLimit(
  env: Record<string, string | undefined> = process.env,
): LookupRateLimit {
  return {
    maxAttempts: positiveInteger(env.LOOKUP_RATE_LIMIT_MAX) ?? DEFAULT_MAX_ATTEMPTS,
    windowSeconds: positiveInteger(env.LOOKUP_RATE_LIMIT_WINDOW_SECONDS) ?? DEFAULT_WINDOW_SECONDS,
  };
}

/**
 * Counts a lookup attempt against the client's address and against the order number, and throws
 * rate_limit_100_1 (429 with Retry-After) when either is over the limit.
 *
 * Every attempt counts, successful ones included: counting only failures would let a caller who
 * knows one real order interleave it with guesses and never reach the limit. A caller over the
 * limit keeps being counted until the window ends, and no order is read for it.
 */
export async function enforceLookupRateLimit(
  prisma: PrismaClient,
  attempt: { clientAddress: string; orderNumber: string },
  log: Logger,
): Promise<void> {
  const limit = lookupRateLimit();
  const counts = await countAttempts(
    prisma,
    [
      `${KEY_PREFIX}ip:${attempt.clientAddress}`,
      `${KEY_PREFIX}order:${normalizeOrderNumber(attempt.orderNumber)}`,
    ],
    limit.windowSeconds,
  );

  if (Math.random() < CLEANUP_PROBABILITY) {
    after(() => removeExpiredLookupCounters(prisma, limit.windowSeconds, log));
  }

  const exceeded = counts.filter((counter) => counter.count > limit.maxAttempts);
  if (exceeded.length === 0) return;

  const seconds = Math.max(...exceeded.map((counter) => counter.secondsLeft));
  throw ApiError.of("rate_limit_100_1", {
    headers: { "Retry-After": String(seconds) },
    values: { minutes: Math.ceil(seconds / 60) },
  });
}

async function removeExpiredLookupCounters(
  prisma: PrismaClient,
  windowSeconds: number,
  log: Logger,
): Promise<void> {
  try {
    const deleted = await deleteExpiredCounters(prisma, KEY_PREFIX, windowSeconds);
    log.debug({ deleted }, "deleted expired lookup rate limit counters");
  } catch (error) {
    log.warn(
      { err: error instanceof Error ? { type: error.name, message: error.message } : undefined },
      "deleting expired lookup rate limit counters failed",
    );
  }
}

function positiveInteger(value: string | undefined): number | undefined {
  const parsed = Number(value);
  return Number.isSafeInteger(parsed) && parsed > 0 ? parsed : undefined;
}
