import { describe, expect, it } from "vitest";

import { lookupRateLimit } from "./lookup-rate-limit";

describe("lookupRateLimit", () => {
  it("defaults to 10 attempts per 10 minutes", () => {
    expect(lookupRateLimit({})).toEqual({ maxAttempts: 10, windowSeconds: 600 });
  });

  it("reads both settings from the environment", () => {
    expect(
      lookupRateLimit({ LOOKUP_RATE_LIMIT_MAX: "3", LOOKUP_RATE_LIMIT_WINDOW_SECONDS: "60" }),
    ).toEqual({ maxAttempts: 3, windowSeconds: 60 });
  });

  it.each(["0", "-1", "2.5", "ten", ""])("ignores the invalid value %j", (value) => {
    expect(
      lookupRateLimit({ LOOKUP_RATE_LIMIT_MAX: value, LOOKUP_RATE_LIMIT_WINDOW_SECONDS: value }),
    ).toEqual({ maxAttempts: 10, windowSeconds: 600 });
  });
});
