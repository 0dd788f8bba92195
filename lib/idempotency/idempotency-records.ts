import { Prisma, type PrismaClient } from "@/lib/generated/prisma/client";
import { ApiError } from "@/lib/http/errors";

/** How long a stored response is replayed; an older record counts as absent. */
export const IDEMPOTENCY_TTL_SECONDS = 24 * 60 * 60;
/**
 * How long a pending record blocks its key. Requests end well within it (transactions time out
 * after 10 s), so an older pending record belongs to a process that died mid-request.
 */
export const PENDING_TIMEOUT_SECONDS = 60;
/** status_code of a record whose request is still running. */
const PENDING_STATUS = 0;

export interface RecordId {
  scope: string;
  key: string;
  requestHash: string;
}

export type ClaimOutcome = { kind: "claimed" } | { kind: "replay"; status: number; body: unknown };

/**
 * Claims a key for a request by inserting a pending record, which the unique (scope, key) makes
 * atomic across app instances. An expired record, or a pending one left by a dead process, is
 * taken over. Otherwise returns the stored response for the same request, and raises
 * idempotency_100_1 for a different request with this key or idempotency_100_2 while the first
 * request is still running.
 */
export async function claimIdempotencyKey(
  prisma: PrismaClient,
  id: RecordId,
): Promise<ClaimOutcome> {
  const claimed = await prisma.$queryRaw<unknown[]>(Prisma.sql`
    INSERT INTO idempotency_records AS existing
           (scope, key, request_hash, status_code, response_body, created_date)
    VALUES (${id.scope}, ${id.key}, ${id.requestHash}, ${PENDING_STATUS}, '{}'::jsonb, now())
    ON CONFLICT (scope, key) DO UPDATE
      SET request_hash = EXCLUDED.request_hash,
          status_code = EXCLUDED.status_code,
          response_body = EXCLUDED.response_body,
          created_date = EXCLUDED.created_date
      WHERE existing.created_date < now() - make_interval(secs => ${IDEMPOTENCY_TTL_SECONDS})
         OR (existing.status_code = ${PENDING_STATUS}
             AND existing.created_date < now() - make_interval(secs => ${PENDING_TIMEOUT_SECONDS}))
    RETURNING 1 AS claimed
  `);
  if (claimed.length > 0) return { kind: "claimed" };

  const existing = await prisma.idempotencyRecord.findUnique({
    where: { scope_key: { scope: id.scope, key: id.key } },
  });
  // The holder released the key between the two statements, after a server error.
  if (!existing) throw ApiError.of("idempotency_100_2");
  if (existing.requestHash !== id.requestHash) throw ApiError.of("idempotency_100_1");
  if (existing.statusCode === PENDING_STATUS) throw ApiError.of("idempotency_100_2");
  return {
    kind: "replay",
    status: existing.statusCode,
    body: readStoredBody(existing.responseBody),
  };
}

/**
 * Stores the response of a claimed request, to replay for repeats of the key. Pass a transaction
 * client to store it in the same commit as the writes it reports.
 */
export async function completeIdempotencyKey(
  prisma: PrismaClient | Prisma.TransactionClient,
  id: RecordId,
  response: { status: number; body: unknown },
): Promise<void> {
  await prisma.idempotencyRecord.updateMany({
    where: { ...id, statusCode: PENDING_STATUS },
    // Stored as one JSON string, because jsonb reorders object keys and a replay should repeat
    // the first response byte for byte.
    data: { statusCode: response.status, responseBody: JSON.stringify(response.body) },
  });
}

function readStoredBody(stored: Prisma.JsonValue): unknown {
  return typeof stored === "string" ? JSON.parse(stored) : stored;
}

/** Deletes a pending claim after a server error, so a retry with the same key runs again. */
export async function releaseIdempotencyKey(prisma: PrismaClient, id: RecordId): Promise<void> {
  await prisma.idempotencyRecord.deleteMany({ where: { ...id, statusCode: PENDING_STATUS } });
}

/** Deletes records older than the TTL and returns how many it deleted. */
export async function purgeExpiredIdempotencyRecords(
  prisma: PrismaClient,
  now: Date = new Date(),
): Promise<number> {
  const cutoff = new Date(now.getTime() - IDEMPOTENCY_TTL_SECONDS * 1000);
  const { count } = await prisma.idempotencyRecord.deleteMany({
    where: { createdDate: { lt: cutoff } },
  });
  return count;
}
