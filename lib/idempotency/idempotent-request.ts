import { getPrisma } from "@/lib/db";
import type { Logger } from "@/lib/log";

import {
  claimIdempotencyKey,
  completeIdempotencyKey,
  purgeExpiredIdempotencyRecords,
  releaseIdempotencyKey,
  type RecordId,
} from "./idempotency-records";

export interface StoredResponse {
  status: number;
  body: unknown;
}

export interface IdempotentRequest {
  /** The stored response to send again, when one exists for this key and request. */
  replay: StoredResponse | undefined;
  /**
   * Stores the response for repeats of the key. A server error (5xx) is not stored: the claim
   * is deleted so a retry runs again.
   */
  finish(response: StoredResponse, log: Logger): Promise<void>;
}

// Expired records are deleted at most this often per process, after a request finishes.
const PURGE_INTERVAL_MS = 10 * 60 * 1000;
let lastPurgeAt = 0;

/** Claims an idempotency key for a request, or returns the response to replay for it. */
export async function startIdempotentRequest(id: RecordId): Promise<IdempotentRequest> {
  const prisma = await getPrisma();
  const outcome = await claimIdempotencyKey(prisma, id);
  if (outcome.kind === "replay") {
    return {
      replay: { status: outcome.status, body: outcome.body },
      finish: async () => {},
    };
  }

  return {
    replay: undefined,
    async finish(response, log) {
      try {
        if (response.status >= 500) await releaseIdempotencyKey(prisma, id);
        else await completeIdempotencyKey(prisma, id, response);
        await purgeOccasionally(prisma, log);
      } catch (error) {
        // The response is already decided. A pending record left behind blocks the key for
        // PENDING_TIMEOUT_SECONDS, after which a retry runs again.
        log.error(
          {
            err: error instanceof Error ? { type: error.name, message: error.message } : undefined,
          },
          "storing the idempotent response failed",
        );
      }
    },
  };
}

async function purgeOccasionally(
  prisma: Awaited<ReturnType<typeof getPrisma>>,
  log: Logger,
): Promise<void> {
  const now = Date.now();
  if (now - lastPurgeAt < PURGE_INTERVAL_MS) return;
  lastPurgeAt = now;
  const deleted = await purgeExpiredIdempotencyRecords(prisma, new Date(now));
  if (deleted > 0) log.info({ deleted }, "deleted expired idempotency records");
}
