import { describe, expect, it } from "vitest";

import { lookupPath, lookupReasonFor, parseLookupReason } from "./lookup-reason";

describe("lookupReasonFor", () => {
  it("says expired for an unreadable cookie", () => {
    expect(lookupReasonFor("invalid", false)).toBe("expired");
  });

  it("asks for a lookup without a cookie", () => {
    expect(lookupReasonFor("none", false)).toBe("lookup");
  });

  it("asks for a lookup for another order's session", () => {
    expect(lookupReasonFor("valid", false)).toBe("lookup");
  });

  it("says unsent inside the request flow", () => {
    expect(lookupReasonFor("none", true)).toBe("expired-unsent");
    expect(lookupReasonFor("invalid", true)).toBe("expired-unsent");
  });
});

describe("parseLookupReason", () => {
  it("accepts known reasons only", () => {
    expect(parseLookupReason("expired-unsent")).toBe("expired-unsent");
    expect(parseLookupReason("other")).toBeUndefined();
    expect(parseLookupReason(["expired"])).toBeUndefined();
  });
});

describe("lookupPath", () => {
  it("carries the reason and order number", () => {
    expect(lookupPath("lookup", "7310500000000002")).toBe("/?reason=lookup&order=7310500000000002");
  });
});
