import { describe, expect, it } from "vitest";

import { RUNS_MARKER, insertRun } from "./benchmarks-page";

describe("insertRun", () => {
  it("starts a missing page with an intro and the marker", () => {
    const page = insertRun(undefined, "## Run A");
    expect(page.startsWith("# Benchmarks\n")).toBe(true);
    expect(page.indexOf(RUNS_MARKER)).toBeLessThan(page.indexOf("## Run A"));
    expect(page.endsWith("## Run A\n")).toBe(true);
  });

  it("puts the newest run first and keeps the text above the marker", () => {
    const first = insertRun(
      `# Benchmarks\n\nHand-written analysis.\n\n${RUNS_MARKER}\n`,
      "## Run A",
    );
    const second = insertRun(first, "## Run B");
    expect(second).toBe(
      `# Benchmarks\n\nHand-written analysis.\n\n${RUNS_MARKER}\n\n## Run B\n\n## Run A\n`,
    );
  });

  it("appends the marker to a page that lacks it", () => {
    const page = insertRun("# Old page\n", "## Run A");
    expect(page).toBe(`# Old page\n\n${RUNS_MARKER}\n\n## Run A\n`);
  });
});
