import { describe, expect, it } from "vitest";

import { parseCpuMs, processCpuMs } from "./process-cpu";

describe("parseCpuMs", () => {
  it("adds utime and stime, in milliseconds", () => {
    // Fields 14 and 15 of the line are utime 250 and stime 30 ticks.
    const stat = "4242 (next-server (v1)) S 1 4242 4242 0 -1 4194560 900 0 0 0 250 30 0 0 20 0 11";
    expect(parseCpuMs(stat)).toBe(2800);
  });

  it("returns undefined for a line it cannot read", () => {
    expect(parseCpuMs("garbage")).toBeUndefined();
  });
});

describe("processCpuMs", () => {
  it.runIf(process.platform === "linux")("reads this process's CPU time", () => {
    expect(processCpuMs(process.pid)).toBeGreaterThanOrEqual(0);
  });

  it("returns undefined without a process id", () => {
    expect(processCpuMs(undefined)).toBeUndefined();
  });
});
