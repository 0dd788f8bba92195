import { describe, expect, it } from "vitest";

import { isDatabaseUnavailable } from "./database-errors";

/** Builds the Prisma known request error of a raw query that failed in the driver adapter. */
function rawQueryFailure(postgresCode: string, message: string) {
  return Object.assign(new Error(`Raw query failed. Code: \`${postgresCode}\`.`), {
    code: "P2010",
    meta: {
      driverAdapterError: {
        name: "DriverAdapterError",
        cause: { kind: "postgres", code: postgresCode, originalCode: postgresCode, message },
      },
    },
  });
}

describe("isDatabaseUnavailable", () => {
  it.each([
    [
      "refused connection",
      Object.assign(new Error("connect ECONNREFUSED"), { code: "ECONNREFUSED" }),
    ],
    ["terminated connection", new Error("Connection terminated unexpectedly")],
    ["pool wait timeout", new Error("timeout exceeded when trying to connect")],
    ["no reply in time", new Error("Query read timeout")],
    ["adapter kind in a cause", new Error("failed", { cause: { kind: "ConnectionClosed" } })],
    ["statement timeout", rawQueryFailure("57014", "canceling statement due to statement timeout")],
    ["lock timeout", rawQueryFailure("55P03", "canceling statement due to lock timeout")],
    [
      "expired transaction",
      Object.assign(new Error("A commit cannot be executed on an expired transaction."), {
        code: "P2028",
      }),
    ],
  ])("accepts %s", (_name, error) => {
    expect(isDatabaseUnavailable(error)).toBe(true);
  });

  it.each([
    ["syntax error", rawQueryFailure("42601", "syntax error at or near")],
    ["unique violation", Object.assign(new Error("Unique constraint failed"), { code: "P2002" })],
    ["plain error", new Error("An inserted cancellation request was not returned.")],
    ["stack overflow", new RangeError("Maximum call stack size exceeded")],
    ["not an error", "ECONNREFUSED"],
  ])("rejects %s", (_name, error) => {
    expect(isDatabaseUnavailable(error)).toBe(false);
  });

  it("stops on a cyclic cause chain", () => {
    const error: { message: string; cause?: unknown } = { message: "loop" };
    error.cause = error;
    expect(isDatabaseUnavailable(error)).toBe(false);
  });
});
