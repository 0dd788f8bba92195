import { describe, expect, it } from "vitest";

import { canonicalJson, hashRequest } from "./request-hash";

const BASE = { method: "POST", path: "/a/", requester: "guest-orders:1", body: { b: 1, a: [2] } };

describe("canonicalJson", () => {
  it("sorts keys at every level", () => {
    expect(canonicalJson({ b: { d: 1, c: 2 }, a: [{ z: 1, y: 2 }] })).toBe(
      '{"a":[{"y":2,"z":1}],"b":{"c":2,"d":1}}',
    );
  });

  it("keeps array order", () => {
    expect(canonicalJson([3, 1, 2])).toBe("[3,1,2]");
  });
});

describe("hashRequest", () => {
  it("ignores key order", () => {
    expect(hashRequest({ ...BASE, body: { a: [2], b: 1 } })).toBe(hashRequest(BASE));
  });

  it.each([
    ["method", { method: "PUT" }],
    ["path", { path: "/b/" }],
    ["requester", { requester: "guest-orders:2" }],
    ["body", { body: { b: 2, a: [2] } }],
  ])("changes with the %s", (_name, change) => {
    expect(hashRequest({ ...BASE, ...change })).not.toBe(hashRequest(BASE));
  });

  it("returns 64 hex digits", () => {
    expect(hashRequest(BASE)).toMatch(/^[0-9a-f]{64}$/);
  });
});
