// Connection-level failure signals from pg, the Prisma driver adapters and Prisma's own codes.
const UNAVAILABLE_ERROR_CODES = new Set([
  "ECONNREFUSED",
  "ECONNRESET",
  "ETIMEDOUT",
  "EPIPE",
  "ENOTFOUND",
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
]);

const UNAVAILABLE_MESSAGES = [
  "Connection terminated",
  "timeout exceeded when trying to connect",
  "Can't reach database server",
  "DatabaseNotReachable",
  "connect ECONNREFUSED",
];

/** Whether an error means the database could not be reached, as opposed to a bad query. */
export function isDatabaseUnavailable(error: unknown): boolean {
  for (let current: unknown = error, depth = 0; current && depth < 5; depth++) {
    if (typeof current !== "object") break;
    const candidate = current as {
      code?: unknown;
      message?: unknown;
      cause?: unknown;
      kind?: unknown;
    };
    if (typeof candidate.code === "string" && UNAVAILABLE_ERROR_CODES.has(candidate.code))
      return true;
    if (candidate.kind === "DatabaseNotReachable" || candidate.kind === "ConnectionClosed")
      return true;
    if (
      typeof candidate.message === "string" &&
      UNAVAILABLE_MESSAGES.some((text) => (candidate.message as string).includes(text))
    ) {
      return true;
    }
    current = candidate.cause;
  }
  return false;
}
