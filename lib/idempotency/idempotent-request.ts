import { getPrisma } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
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
   * Stores the response inside the transaction that makes the request's writes, so the two
   * commit together and a process that dies in between leaves neither. Pass the same status and
   * body object that the handler then returns.
   */
  storeWithin(tx: Prisma.TransactionClient, response: StoredResponse): Promise<void>;
  /**
   * Stores the response for repeats of the key, unless `storeWithin` already stored this very
   * response. A server error (5xx) is not stored: the claim is deleted so a retry runs again.
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
      storeWithin: async () => {},
      finish: async () => {},
    };
  }

  let storedWithin: StoredResponse | undefined;
  return {
    replay: undefined,
    async storeWithin(tx, response) {
      await completeIdempotencyKey(tx, id, response);
      storedWithin = response;
    },
    async finish(response, log) {
      // A handler that failed after storeWithin returns another response, and its transaction,
      // with the stored one, was rolled back.
      const alreadyStored =
        storedWithin?.status === response.status && storedWithin.body === response.body;
      if (alreadyStored) return;
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
