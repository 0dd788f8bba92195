import { describe, expect, it } from "vitest";

import { markdownTable } from "./markdown";

describe("markdownTable", () => {
  it("renders a header, an aligned separator and rows", () => {
    const table = markdownTable(
      [{ header: "Server" }, { header: "Requests/s", align: "right" }],
      [
        ["portal", "700"],
        ["node:http", "15,000"],
      ],
    );
    expect(table).toBe(
      [
        "| Server | Requests/s |",
        "| --- | ---: |",
        "| portal | 700 |",
        "| node:http | 15,000 |",
      ].join("\n"),
    );
  });

  it("escapes pipes and line breaks inside cells", () => {
    const table = markdownTable([{ header: "a|b" }], [["one | two\nthree"]]);
    expect(table.split("\n")).toEqual(["| a\\|b |", "| --- |", "| one \\| two three |"]);
  });

  it("pads short rows with empty cells", () => {
    const table = markdownTable([{ header: "A" }, { header: "B" }], [["only"]]);
    expect(table.split("\n")[2]).toBe("| only |  |");
  });

  it("rejects a row wider than the table", () => {
    expect(() => markdownTable([{ header: "A" }], [["1", "2"]])).toThrow(/2 cells/);
  });

  it("rejects a table without columns", () => {
    expect(() => markdownTable([], [])).toThrow(/at least one column/);
  });
});
