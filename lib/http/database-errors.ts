// Failures that mean the database cannot serve the request now, rather than a bad query: from
// pg, the Prisma driver adapters and Prisma's own codes. A retry after a moment may succeed.
const UNAVAILABLE_ERROR_CODES = new Set([
  "ECONNREFUSED",
  "ECONNRESET",
  "ETIMEDOUT",
  "EPIPE",
  "ENOTFOUND",
  "53300", // too_many_connections
  "55P03", // lock_not_available
  "57014", // query_canceled: statement_timeout passed, for example waiting for a row lock
  "57P01", // admin_shutdown
  "57P02", // crash_shutdown
  "57P03", // cannot_connect_now
  "08000",
  "08001",
  "08003",
  "08006",
  "P1001", // Prisma: cannot reach database server
  "P1002", // Prisma: database server timed out
  "P1017", // Prisma: server closed the connection
  "P2024", // Prisma: timed out fetching a connection from the pool
  "P2028", // Prisma: transaction could not start within maxWait or outlived its timeout
]);

const UNAVAILABLE_KINDS = new Set([
  "DatabaseNotReachable",
  "ConnectionClosed",
  "SocketTimeout",
  "TooManyConnections",
]);

const UNAVAILABLE_MESSAGES = [
  "Connection terminated",
  "timeout exceeded when trying to connect",
  "Can't reach database server",
  "DatabaseNotReachable",
  "connect ECONNREFUSED",
  "Query read timeout", // pg's query_timeout: no reply from the server in time
];

interface ErrorLike {
  code?: unknown;
  message?: unknown;
  cause?: unknown;
  kind?: unknown;
  /** Prisma's known request errors carry the driver adapter's error here. */
  meta?: { driverAdapterError?: unknown };
}

/**
 * Checks whether an error means the database could not be reached or did not respond in time,
 * as opposed to a bad query. Looks through `cause` chains and the driver adapter error inside
 * Prisma's errors, a few levels deep.
 */
export function isDatabaseUnavailable(error: unknown): boolean {
  const pending: unknown[] = [error];
  for (let checked = 0; pending.length > 0 && checked < 10; checked++) {
    const current = pending.shift();
    if (typeof current !== "object" || current === null) continue;

    const candidate = current as ErrorLike;
    if (typeof candidate.code === "string" && UNAVAILABLE_ERROR_CODES.has(candidate.code)) {
      return true;
    }
    if (typeof candidate.kind === "string" && UNAVAILABLE_KINDS.has(candidate.kind)) return true;
    if (
      typeof candidate.message === "string" &&
      UNAVAILABLE_MESSAGES.some((text) => (candidate.message as string).includes(text))
    ) {
      return true;
    }
    pending.push(candidate.cause, candidate.meta?.driverAdapterError);
  }
  return false;
}
