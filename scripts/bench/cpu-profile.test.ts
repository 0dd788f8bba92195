import { describe, expect, it } from "vitest";

import { categorize, summarizeCpuProfile, type CpuProfile } from "./cpu-profile";

describe("categorize", () => {
  it.each([
    ["(garbage collector)", "", "", "garbage collection"],
    ["wasm-function[91]", "wasm://wasm/007708f6", "", "Prisma query compiler (Wasm)"],
    ["writev", "", "", "V8 and native code"],
    ["emit", "node:events", "node:events", "Node.js core (HTTP, streams, crypto)"],
    [
      "x",
      "file:///c.js",
      "node_modules/@prisma/client/runtime/client.js:1",
      "Prisma client runtime (JS)",
    ],
    [
      "render",
      "file:///c.js",
      "node_modules/next/dist/server/base-server.js:9",
      "Next.js and React",
    ],
    ["parse", "file:///c.js", "node_modules/pg-protocol/dist/parser.js:3", "pg driver"],
    [
      "format",
      "file:///c.js",
      "node_modules/@formatjs/fast-memoize/index.js:1",
      "next-intl and ICU messages",
    ],
    ["safeParse", "file:///c.js", "node_modules/zod/v4/core/parse.js:5", "zod"],
    [
      "serializeOrder",
      "file:///c.js",
      "lib/orders/serialize-order.ts:12",
      "portal code (app/, lib/)",
    ],
    ["x", "file:///c.js", "node_modules/left-pad/index.js:1", "other packages"],
    [
      "x",
      "file:///c.js",
      ".next-bench/server/chunks/_0u._.js",
      "Next.js server bundle (no source map entry)",
    ],
  ])("puts %s from %s (%s) under %s", (functionName, url, source, expected) => {
    expect(categorize(functionName, url, source)).toBe(expected);
  });
});

describe("summarizeCpuProfile", () => {
  const frame = (functionName: string, url = "") => ({
    functionName,
    url,
    lineNumber: 0,
    columnNumber: 0,
  });
  const profile: CpuProfile = {
    startTime: 1_000_000,
    nodes: [
      { id: 1, callFrame: frame("(idle)") },
      { id: 2, callFrame: frame("compile", "wasm://wasm/abc") },
      { id: 3, callFrame: frame("serializeOrder", "file:///bundle.js") },
    ],
    // Microseconds between samples: 4 ms idle, 3 ms in Wasm, 1 ms in the serializer.
    samples: [1, 2, 2, 3, 1, 2],
    timeDeltas: [2000, 1000, 1000, 1000, 2000, 1000],
  };

  const summary = summarizeCpuProfile(profile, () => "lib/orders/serialize-order.ts:12");

  it("separates idle from busy time", () => {
    expect(summary.idleMs).toBe(4);
    expect(summary.busyMs).toBe(4);
  });

  it("shares busy time between categories, largest first", () => {
    expect(summary.categories).toEqual([
      { name: "Prisma query compiler (Wasm)", share: 0.75 },
      { name: "portal code (app/, lib/)", share: 0.25 },
    ]);
  });

  it("counts only the samples inside a time window", () => {
    // Samples land at +2, +3, +4, +5, +7 and +8 ms; the window keeps +3 to +5.
    const windowed = summarizeCpuProfile(profile, () => undefined, {
      fromMicros: 1_003_000,
      toMicros: 1_005_000,
    });
    expect(windowed.busyMs).toBe(3);
    expect(windowed.idleMs).toBe(0);
  });

  it("lists functions with their resolved source", () => {
    expect(summary.functions[1]).toEqual({
      name: "serializeOrder",
      location: "lib/orders/serialize-order.ts:12",
      share: 0.25,
    });
  });
});
