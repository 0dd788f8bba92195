import { describe, expect, it } from "vitest";

import { readIdempotencyKey } from "./idempotency-key";

function read(value: string | undefined) {
  return readIdempotencyKey(new Headers(value === undefined ? {} : { "Idempotency-Key": value }));
}

describe("readIdempotencyKey", () => {
  it("returns undefined without the header", () => {
    expect(read(undefined)).toBeUndefined();
  });

  it.each(["a", "8e03978e-40d5-43e8-bc93-6894a57f9324", "~!{}", "k".repeat(255)])(
    "accepts %s",
    (key) => {
      expect(read(key)).toBe(key);
    },
  );

  it.each([
    ["empty", ""],
    ["too long", "k".repeat(256)],
    ["inner space", "two words"],
    ["non-ASCII", "caf\u00e9"],
  ])("rejects %s", (_name, key) => {
    expect(() => read(key)).toThrow(expect.objectContaining({ code: "request_100_5" }));
  });
});
